// 状态 on a cadre's page, for staff: 在册, 长期住院, 异地居住 or 去世 (with the day). Recording a death is asked twice
// and says what follows; taking it back needs a reason and is possible for 30 days.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CadreRecord } from '@cloud/contracts'
import { call } from '../../../api'
import { useSubmit } from '../../../api/useSubmit'
import { Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { PickField } from '../../../components/pick-field'
import { dayFromToday, fullDateWords } from '../../../days'

const STATUSES = ['在册', '长期住院', '异地居住', '去世'] as const
const WHAT_FOLLOWS: Record<(typeof STATUSES)[number], string> = {
  在册: '恢复上门服务和各项提醒。',
  长期住院: '暂停上门服务；生日、节日走访和家属提醒照常。',
  异地居住: '暂停上门服务；生日、节日走访和家属提醒照常。',
  去世: '会安排上门吊唁、告诉老干部局和原单位；停发服务卡、生日和节日走访、家属提醒；没做的上门服务取消（冻结的钱退回），活动报名取消。',
}

export function StatusPanel({ record, onChanged }: { record: CadreRecord; onChanged: (words: string) => void }) {
  const [to, setTo] = useState<(typeof STATUSES)[number]>(record.status)
  const [diedOn, setDiedOn] = useState(dayFromToday(0))
  const [reason, setReason] = useState('')
  const [sure, setSure] = useState(false)
  const { result, busy, submit } = useSubmit(undefined, '没有改成，请再试一次')
  const undoingDeath = record.status === '去世'
  const save = () =>
    void submit(
      () =>
        call('cadre.setStatus', {
          cadreId: record.id,
          rev: record.rev,
          status: to,
          ...(to === '去世' ? { diedOn } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        }),
      (saved) => {
        setSure(false)
        onChanged(`已改：${saved.changedWords}`)
        return `已改：${saved.changedWords}`
      },
    )
  return (
    <Section title='状态'>
      <Text className='t-strong'>
        现在：{record.status}
        {record.diedOn ? `（${fullDateWords(record.diedOn)}去世）` : ''}
      </Text>
      <Choice
        label='改为'
        options={STATUSES}
        value={to}
        onChange={(s) => {
          setTo(s)
          setSure(false)
        }}
      />
      {to === '去世' && !undoingDeath ? (
        <PickField label='去世的日期' mode='date' value={diedOn} onChange={setDiedOn} start={dayFromToday(-365)} end={dayFromToday(0)} />
      ) : null}
      {to !== record.status ? (
        <View>
          <Notice kind='info' text={WHAT_FOLLOWS[to]} />
          <Field
            label={undoingDeath ? '撤回的原因（必填，30 天内可以撤回）' : '原因（可不填）'}
            value={reason}
            onInput={setReason}
            maxlength={200}
          />
          {to === '去世' && !sure ? (
            <Button kind='danger' label='记为去世' onPress={() => setSure(true)} />
          ) : (
            <Button
              kind={to === '去世' ? 'danger' : 'primary'}
              label={to === '去世' ? '确定：记为去世' : `确定改为“${to}”`}
              disabled={busy || (undoingDeath && reason.trim().length < 2)}
              onPress={save}
            />
          )}
        </View>
      ) : null}
      {/* What was done is said by the page: this panel starts afresh for the changed record. */}
      {result?.kind === 'error' ? <Notice kind='error' text={result.text} /> : null}
    </Section>
  )
}
