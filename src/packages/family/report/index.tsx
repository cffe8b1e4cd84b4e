// 五必访 报告: family (or staff, or the cadre) tell the community the cadre is in hospital, the family has a
// major event, or something special has happened; staff get a visit task due within two days.
import { useState } from 'react'
import { REPORT_KINDS } from '@cloud/core/categories'
import { call } from '../../../api'
import { useSubmit } from '../../../api/useSubmit'
import { newRequestId } from '../../../api/requestId'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'

const HINTS: Record<(typeof REPORT_KINDS)[number], string> = {
  住院: '如：昨晚摔倒，住进区人民医院骨科 8 床',
  大事: '如：孙子下个月结婚、老伴去世',
  特殊情况: '如：家里没人照顾了、情绪很低落',
}

export default function Report() {
  const cadreId = usePageParams('report').cadreId
  const [kind, setKind] = useState<(typeof REPORT_KINDS)[number]>('住院')
  const [note, setNote] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const [sent, setSent] = useState(false)
  const { result, busy, submit } = useSubmit()
  const send = async () => {
    const done = await submit(
      () => call('visit.report', { cadreId, kind, note: note.trim(), requestId }),
      (task) => `已告诉社区，社区会在${task.dueWords.replace(/^(今天|明天|后天) /, '')}前上门看望`,
    )
    if (done) setSent(true)
  }
  // A sent report is done: the form locks, so a second press cannot tell the community twice.
  const another = () => {
    setNote('')
    setRequestId(newRequestId())
    setSent(false)
  }
  return (
    <Screen title='告诉社区'>
      <Notice kind='info' text='老人住院、家里有大事或有特殊情况，社区都会上门看望（五必访）。' />
      {sent ? null : <Choice label='什么情况' options={REPORT_KINDS} value={kind} onChange={setKind} />}
      {sent ? null : <Field label='简单说说' value={note} onInput={setNote} placeholder={HINTS[kind]} maxlength={200} multiline />}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {sent ? (
        <Button label='再报告另一件事' onPress={another} />
      ) : (
        <Button kind='primary' label='告诉社区' disabled={busy || note.trim().length < 2} onPress={() => void send()} />
      )}
    </Screen>
  )
}
