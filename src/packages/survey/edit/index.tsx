// 发布问卷 / 修改问卷 (staff for their community; the bureau for every community or those it picks): the title, who
// is asked, when it opens and closes, named or not, and the questions — each a kind, its words, its choices (one
// per line) and whether it must be answered. Once someone has answered, the questions stay as they are.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActionInput, SurveyView } from '@cloud/contracts'
import { AUDIENCES, KIND_WORDS, QUESTION_KINDS, type Audience, type QuestionKind } from '@cloud/features/surveys/rules'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { PickField } from '../../../components/pick-field'
import { CommunityPick } from '../../../components/community-pick'
import { dayFromToday } from '../../../days'
import { usePageParams } from '../../../routes'

type Draft = { key: number; kind: QuestionKind; text: string; options: string; required: boolean }
const KIND_NAMES = QUESTION_KINDS.map((k) => KIND_WORDS[k])
const NAMING = ['记名', '不记名（匿名）'] as const
const MUST = ['必答', '可以不答'] as const
const WHOLE = '全社区'
let keys = 0

export default function EditSurvey() {
  const { id } = usePageParams('surveyEdit')
  if (!id) return <SurveyForm key='new' />
  return <EditExisting surveyId={id} />
}

function EditExisting({ surveyId }: { surveyId: string }) {
  const { data, error } = useAction('survey.get', { surveyId })
  if (!data) return <Screen title='修改问卷'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  return <SurveyForm key={data.id} existing={data} />
}

const toDraft = (q: SurveyView['questions'][number]): Draft => ({
  key: keys++,
  kind: q.kind,
  text: q.text,
  options: (q.options ?? []).join('\n'),
  required: q.required,
})
const choosing = (k: QuestionKind) => k === 'single' || k === 'multiple'

function SurveyForm({ existing }: { existing?: SurveyView }) {
  const me = useAction('me.get', {})
  const bureau = me.data?.me.activeRole === 'admin'
  const [title, setTitle] = useState(existing?.title ?? '')
  const [intro, setIntro] = useState(existing?.intro ?? '')
  const [audience, setAudience] = useState<Audience>(existing?.audience ?? '全体老干部')
  const [opensOn, setOpensOn] = useState(existing?.opensOn ?? dayFromToday(0))
  const [closesOn, setClosesOn] = useState(existing?.closesOn ?? dayFromToday(14))
  const [anonymous, setAnonymous] = useState(existing?.anonymous ?? false)
  const [communityIds, setCommunityIds] = useState<string[] | null>(existing?.communityIds ?? null)
  const [grid, setGrid] = useState<string>(existing?.grid ?? WHOLE)
  const [questions, setQuestions] = useState<Draft[]>(
    existing?.questions.map(toDraft) ?? [{ key: keys++, kind: 'rating', text: '您对社区的服务满意吗？', options: '', required: true }],
  )
  const change = (key: number, part: Partial<Draft>) => setQuestions((all) => all.map((q) => (q.key === key ? { ...q, ...part } : q)))
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')
  const save = () => {
    const input: ActionInput<'survey.save'> = {
      ...(existing ? { surveyId: existing.id } : {}),
      title: title.trim(),
      ...(intro.trim() ? { intro: intro.trim() } : {}),
      questions: questions.map((q) => ({
        kind: q.kind,
        text: q.text.trim(),
        ...(choosing(q.kind)
          ? {
              options: q.options
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean),
            }
          : {}),
        required: q.required,
      })),
      audience,
      ...(grid !== WHOLE ? { grid } : {}),
      opensOn,
      closesOn,
      anonymous,
      ...(bureau && communityIds ? { communityIds } : {}),
    }
    void submit(
      () => call('survey.save', input),
      (saved) => {
        setTimeout(() => void Taro.navigateBack(), 1200)
        return `已${existing ? '保存' : '发布'}“${saved.title}”：${saved.windowWords}`
      },
    )
  }
  return (
    <Screen title={existing ? '修改问卷' : '发布问卷'}>
      {existing?.responses ? <Notice kind='info' text='已经有老人答了，题目不能再改；标题、说明和日期可以改。' /> : null}
      <Field label='问卷标题' value={title} onInput={setTitle} maxlength={40} testId='survey-title' />
      <Field multiline label='说明（可不填）' value={intro} onInput={setIntro} maxlength={200} />
      <Choice label='问哪些老人' options={AUDIENCES} value={audience} onChange={setAudience} />
      {bureau ? <CommunityPick label='发给' picked={communityIds} onChange={setCommunityIds} /> : null}
      {me.data && !bureau ? <GridChoice value={grid} onChange={setGrid} /> : null}
      <PickField label='开始日期' mode='date' value={opensOn} onChange={setOpensOn} start={dayFromToday(0)} testId='survey-opens' />
      <PickField label='截止日期' mode='date' value={closesOn} onChange={setClosesOn} start={opensOn} testId='survey-closes' />
      <Choice label='记不记名' options={NAMING} value={NAMING[anonymous ? 1 : 0]} onChange={(n) => setAnonymous(n === NAMING[1])} />
      {questions.map((q, i) => (
        <Section key={q.key} title={`第 ${i + 1} 题`}>
          <Choice
            label='怎么答'
            options={KIND_NAMES}
            value={KIND_WORDS[q.kind]}
            onChange={(w) => change(q.key, { kind: QUESTION_KINDS[KIND_NAMES.indexOf(w)] })}
          />
          <Field label='题目' value={q.text} onInput={(text) => change(q.key, { text })} maxlength={100} testId={`survey-q${i + 1}`} />
          {choosing(q.kind) ? (
            <Field
              multiline
              label='选项（一行一个，至少两个）'
              value={q.options}
              onInput={(options) => change(q.key, { options })}
              maxlength={200}
              testId={`survey-q${i + 1}-options`}
            />
          ) : null}
          <Choice
            label='必答吗'
            options={MUST}
            value={MUST[q.required ? 0 : 1]}
            onChange={(m) => change(q.key, { required: m === MUST[0] })}
          />
          {questions.length > 1 ? (
            <View>
              <Button kind='plain' label={`去掉第 ${i + 1} 题`} onPress={() => setQuestions((all) => all.filter((x) => x.key !== q.key))} />
            </View>
          ) : null}
        </Section>
      ))}
      {questions.length < 30 ? (
        <Button
          label='加一道题'
          onPress={() =>
            setQuestions((all) => [...all, { key: keys++, kind: 'single', text: '', options: '满意\n一般\n不满意', required: true }])
          }
        />
      ) : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label={existing ? '保存修改' : '发布问卷'} disabled={busy || communityIds?.length === 0} onPress={save} />
    </Screen>
  )
}

/** A community may ask one grid (网格) only; the bureau's surveys go to whole communities. */
function GridChoice({ value, onChange }: { value: string; onChange: (grid: string) => void }) {
  const { data } = useAction('grid.list', {})
  const names = data?.grids.map((g) => g.name) ?? []
  return names.length > 1 ? <Choice label='问哪个网格' options={[WHOLE, ...names]} value={value} onChange={onChange} /> : null
}
