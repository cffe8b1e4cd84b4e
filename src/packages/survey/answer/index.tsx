// 答问卷 in large type, one question per screen: a face or a choice is one tap (and moves on by itself), several
// choices are tapped then 下一题, only a written answer needs typing. The last screen shows every answer to check
// before 交卷; answering again before it closes changes the answer, and the page says who filled it in.
import { View, Text } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { SurveyView } from '@cloud/contracts'
import { answerWords, FACES, unanswered, type Answer, type Answers, type Question } from '@cloud/features/surveys/rules'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { go, usePageParams } from '../../../routes'
import './index.css'

/** Long enough to see the tapped answer marked before the next question comes. */
const MOVE_ON_MS = 350

export default function AnswerSurvey() {
  const { id, cadreId } = usePageParams('surveyAnswer')
  const { data, error } = useAction('survey.get', { surveyId: id, cadreId })
  if (!data) return <Screen title='答问卷'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  return <Steps survey={data} cadreId={cadreId} />
}

function Steps({ survey, cadreId }: { survey: SurveyView; cadreId: string }) {
  const questions = survey.questions
  const [answers, setAnswers] = useState<Answers>(survey.mine?.answers ?? {})
  const [step, setStep] = useState(0)
  const moving = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(moving.current), [])
  const { result, busy, submit } = useSubmit(undefined, '没有交上去，请再试一次')
  const q = questions[step] as Question | undefined
  const put = (a: Answer, moveOn: boolean) => {
    setAnswers((all) => ({ ...all, [q!.id]: a }))
    if (moveOn) moving.current = setTimeout(() => setStep((s) => s + 1), MOVE_ON_MS)
  }
  const send = () => {
    const given = Object.fromEntries(Object.entries(answers).filter(([, a]) => !unanswered(a)))
    void submit(
      () => call('survey.answer', { surveyId: survey.id, cadreId, answers: given }),
      () => '交好了，谢谢您！截止前还可以再改。',
    )
  }
  const missing = questions.findIndex((x) => x.required && unanswered(answers[x.id]))
  return (
    <Screen title={survey.title}>
      {survey.mine && step === 0 ? <Notice kind='info' text={`已经答过了（${survey.mine.byWords}），可以改了再交`} /> : null}
      {survey.intro && step === 0 ? <Text className='t-body'>{survey.intro}</Text> : null}
      {q ? (
        <View className='survey-step'>
          <Text className='t-body t-muted'>
            第 {step + 1} 题，共 {questions.length} 题{q.required ? '' : '（可以不答）'}
          </Text>
          <View className='survey-step__question' role='heading' aria-level={2}>
            {q.text}
          </View>
          <QuestionInput question={q} answer={answers[q.id]} onAnswer={put} />
          {q.kind === 'multiple' || q.kind === 'text' || !q.required ? (
            <BigButton label={step + 1 === questions.length ? '答完了，检查一下' : '下一题'} onPress={() => setStep(step + 1)} />
          ) : null}
          {step > 0 ? <Button kind='plain' label='上一题' onPress={() => setStep(step - 1)} /> : null}
        </View>
      ) : (
        <View className='survey-step'>
          <View className='survey-step__question' role='heading' aria-level={2}>
            检查一下您的回答
          </View>
          {questions.map((x, i) => (
            <Button key={x.id} kind='plain' label={`${i + 1}. ${x.text}`} hint={answerWords(x, answers[x.id])} onPress={() => setStep(i)} />
          ))}
          {result ? <Notice kind={result.kind} text={result.text} /> : null}
          {missing >= 0 ? <Notice kind='info' text={`第 ${missing + 1} 题还没有答，点上面的题目去答`} /> : null}
          {result?.kind === 'ok' ? (
            <Button label='回到问卷列表' onPress={() => go('surveys', { cadreId })} />
          ) : (
            <BigButton label='交卷' disabled={busy || missing >= 0} onPress={send} />
          )}
        </View>
      )}
    </Screen>
  )
}

function QuestionInput({
  question: q,
  answer,
  onAnswer,
}: {
  question: Question
  answer: Answer | undefined
  onAnswer: (a: Answer, moveOn: boolean) => void
}) {
  const mark = (on: boolean, words: string) => `${on ? '✓ ' : ''}${words}`
  if (q.kind === 'rating')
    return (
      <View role='group' aria-label={q.text}>
        {[...FACES].reverse().map((f, i) => {
          const value = FACES.length - i
          return (
            <Button
              key={value}
              kind={answer === value ? 'primary' : 'secondary'}
              label={mark(answer === value, `${f.face} ${f.words}`)}
              onPress={() => onAnswer(value, true)}
            />
          )
        })}
      </View>
    )
  if (q.kind === 'single' || q.kind === 'multiple') {
    const picked = q.kind === 'multiple' ? ((answer as number[] | undefined) ?? []) : []
    return (
      <View role='group' aria-label={q.text}>
        {(q.options ?? []).map((o, i) => {
          const on = q.kind === 'single' ? answer === i : picked.includes(i)
          const toggle = () => onAnswer(on ? picked.filter((p) => p !== i) : [...picked, i].sort(), false)
          return (
            <Button
              key={o}
              kind={on ? 'primary' : 'secondary'}
              label={mark(on, o)}
              onPress={q.kind === 'single' ? () => onAnswer(i, true) : toggle}
            />
          )
        })}
      </View>
    )
  }
  return (
    <Field
      multiline
      label='您的回答'
      value={(answer as string | undefined) ?? ''}
      onInput={(t) => onAnswer(t, false)}
      maxlength={500}
      testId='survey-text'
    />
  )
}
