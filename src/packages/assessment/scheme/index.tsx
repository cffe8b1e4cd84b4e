// 考核方案 (the bureau): a new scheme starts from the default 100-point standard; each item belongs to one of the four
// 就近 or 组织保障, has its points, and is scored from a figure (full points at the target) or by the bureau from
// the community's evidence. The points must add up to the total; once a community has handed in, only the name
// may change.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActionInput } from '@cloud/contracts'
import {
  ITEM_GROUPS,
  MEASURE_KEYS,
  MEASURE_WORDS,
  type ItemGroup,
  type Measure,
  type SchemeShape,
} from '@cloud/features/assessment/scheme.rules'
import { ApiError, call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { usePageParams } from '../../../routes'

const BY_EVIDENCE = '局里看佐证打分'
const SCORING = [BY_EVIDENCE, ...MEASURE_KEYS.map((m) => `按数字：${MEASURE_WORDS[m].words}`)]
const TOTALS = ['100 分制', '1000 分制（千分量化）'] as const

type Draft = { key: number; group: ItemGroup; text: string; points: string; measure: Measure | null; target: string }
let keys = 0
const toDraft = (i: SchemeShape['items'][number]): Draft => ({
  key: keys++,
  group: i.group,
  text: i.text,
  points: String(i.points),
  measure: i.auto?.measure ?? null,
  target: i.auto ? String(i.auto.target) : '',
})

export default function SchemeEdit() {
  const { id } = usePageParams('schemeEdit')
  const { data, error } = useAction('assessment.schemes', {})
  if (!data) return <Screen title='考核方案'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  const existing = id ? data.schemes.find((s) => s.id === id) : undefined
  // An old link (a scheme of another year, or one gone) says so like any other page.
  if (id && !existing)
    return (
      <Screen title='考核方案'>
        <LoadError error={new ApiError('NOT_FOUND', '没有找到这个方案')} />
      </Screen>
    )
  return <SchemeForm key={id ?? 'new'} start={existing ?? data.template} schemeId={id} year={existing?.year ?? data.year} />
}

function SchemeForm({ start, schemeId, year }: { start: SchemeShape; schemeId?: string; year: number }) {
  const [name, setName] = useState(start.name)
  const [total, setTotal] = useState<100 | 1000>(start.total === 1000 ? 1000 : 100)
  const [passPercent, setPassPercent] = useState(String(start.passPercent))
  const [items, setItems] = useState<Draft[]>(() => start.items.map(toDraft))
  const change = (key: number, part: Partial<Draft>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...part } : i)))
  const sum = Math.round(items.reduce((n, i) => n + (Number(i.points) || 0), 0) * 10) / 10
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  // Switching to 1,000 points scales every item by ten, so the scheme still adds up.
  const switchTotal = (t: (typeof TOTALS)[number]) => {
    const next = t === TOTALS[1] ? 1000 : 100
    if (next === total) return
    setItems((all) => all.map((i) => ({ ...i, points: String(((Number(i.points) || 0) * next) / total) })))
    setTotal(next)
  }
  const save = () => {
    const input: ActionInput<'assessment.saveScheme'> = {
      ...(schemeId ? { schemeId } : {}),
      name: name.trim(),
      year,
      total,
      passPercent: Number(passPercent) || 0,
      items: items.map((i) => ({
        group: i.group,
        text: i.text.trim(),
        points: Number(i.points) || 0,
        ...(i.measure ? { measure: i.measure, target: Number(i.target) || 0 } : {}),
      })),
    }
    void submit(
      () => call('assessment.saveScheme', input),
      (saved) => {
        setTimeout(() => void Taro.navigateBack(), 1200)
        return `已保存“${saved.name}”：满分 ${saved.total} 分，${saved.passLine} 分达标`
      },
    )
  }
  return (
    <Screen title={schemeId ? '修改考核方案' : '新建考核方案'}>
      <Field label='方案名称' value={name} onInput={setName} maxlength={40} testId='scheme-name' />
      <Choice label='总分' options={TOTALS} value={TOTALS[total === 1000 ? 1 : 0]} onChange={switchTotal} />
      <Field label='达标线（占总分的百分之几）' type='number' value={passPercent} onInput={setPassPercent} maxlength={3} />
      <Notice
        kind={sum === total ? 'ok' : 'error'}
        text={`各项加起来 ${sum} 分${sum === total ? '，正好是总分' : `，要等于总分 ${total} 分`}`}
      />
      {items.map((i, n) => (
        <Section key={i.key} title={`第 ${n + 1} 项`}>
          <Choice label='属于' options={ITEM_GROUPS} value={i.group} onChange={(group) => change(i.key, { group })} />
          <Field multiline label='考什么' value={i.text} onInput={(text) => change(i.key, { text })} maxlength={100} />
          <Field label='分值' type='digit' value={i.points} onInput={(points) => change(i.key, { points })} maxlength={5} />
          <Choice
            label='怎么打分'
            options={SCORING}
            value={i.measure ? SCORING[MEASURE_KEYS.indexOf(i.measure) + 1] : BY_EVIDENCE}
            onChange={(w) => change(i.key, { measure: w === BY_EVIDENCE ? null : MEASURE_KEYS[SCORING.indexOf(w) - 1] })}
          />
          {i.measure ? (
            <Field
              label={`达到多少得满分（${MEASURE_WORDS[i.measure].unit}）`}
              type='digit'
              value={i.target}
              onInput={(target) => change(i.key, { target })}
              maxlength={5}
            />
          ) : null}
          {items.length > 1 ? (
            <View>
              <Button kind='plain' label={`去掉第 ${n + 1} 项`} onPress={() => setItems((all) => all.filter((x) => x.key !== i.key))} />
            </View>
          ) : null}
        </Section>
      ))}
      <Button
        label='加一项'
        onPress={() => setItems((all) => [...all, { key: keys++, group: '组织保障', text: '', points: '0', measure: null, target: '' }])}
      />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存方案' disabled={busy || sum !== total} onPress={save} />
    </Screen>
  )
}
