// How satisfied, in the five words a person would say rather than stars to count: for a finished visit and for
// the answer to an 意见建议. A choice, then one big button to send it.
import { useState } from 'react'
import { BigButton, Choice } from '../controls'
import { Section } from '../screen'
import { Notice } from '../notice'

export const SATISFACTION = ['很不满意', '不满意', '一般', '满意', '很满意'] as const

export function Rate({ title, onRate }: { title: string; onRate: (stars: number) => void }) {
  const [picked, setPicked] = useState<(typeof SATISFACTION)[number] | null>(null)
  return (
    <Section title={title}>
      <Choice label='满意吗' options={SATISFACTION} value={picked} onChange={setPicked} />
      {picked ? <BigButton label='提交评价' onPress={() => onRate(SATISFACTION.indexOf(picked) + 1)} /> : null}
    </Section>
  )
}

export function Rated({ rating }: { rating: { stars: number; words?: string } }) {
  return <Notice kind='ok' text={`已评价：${SATISFACTION[rating.stars - 1]}${rating.words ? `，${rating.words}` : ''}`} />
}
