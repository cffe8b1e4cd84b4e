// 作品与志愿审核 (staff): what cadres offered or posted, oldest first; approve it onto the 宣传栏, or send it back
// with a reason the cadre will read.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { ContributionCard } from '../../../components/contribution-card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'

export default function Review() {
  const list = usePagedAction('contribution.review', {}, 'pending')
  const { data, error, loading, reload } = list
  const { result, busy, submit } = useSubmit(reload)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const decide = (id: string, title: string, approve: boolean) =>
    void submit(
      () => call('contribution.decide', { contributionId: id, approve, ...(notes[id]?.trim() ? { note: notes[id].trim() } : {}) }),
      () => `“${title}”${approve ? '已上宣传栏' : '已退回'}`,
    )
  return (
    <Screen title='作品与志愿审核'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data && list.items.length === 0 ? <Notice kind='info' text='没有等审核的。' /> : null}
      {list.items.map((c) => (
        <View key={c.id}>
          <ContributionCard c={c} />
          <Button kind='primary' label={`通过：${c.title}`} disabled={busy} onPress={() => decide(c.id, c.title, true)} />
          <Field label='不通过的原因' value={notes[c.id] ?? ''} onInput={(v) => setNotes({ ...notes, [c.id]: v })} maxlength={200} />
          <Button label='不通过' disabled={busy} onPress={() => decide(c.id, c.title, false)} />
        </View>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='条' />
    </Screen>
  )
}
