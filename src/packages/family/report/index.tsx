// 五必访 报告: family (or staff, or the cadre) tell the community the cadre is in hospital, the family has a
// major event, or something special has happened; staff get a visit task due within two days. After a hospital
// report the visits still to come are offered for cancelling, their card money back, to be booked again at home.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { REPORT_KINDS } from '@cloud/core/categories'
import { call } from '../../../api'
import { useSubmit } from '../../../api/useSubmit'
import { useAction } from '../../../api/useAction'
import { newRequestId } from '../../../api/requestId'
import { Screen, Section } from '../../../components/screen'
import { BookingCard } from '../../../components/booking-card'
import { Button, CallButton, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'
import { PhotoPicker } from '../../../components/photo-picker'

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
  const [photo, setPhoto] = useState({ tickets: [] as string[], sending: false })
  // A new report starts with no photo: the picker is made afresh.
  const [round, setRound] = useState(0)
  const { result, busy, submit } = useSubmit()
  const send = async () => {
    const done = await submit(
      () =>
        call('visit.report', { cadreId, kind, note: note.trim(), requestId, ...(photo.tickets.length ? { photos: photo.tickets } : {}) }),
      (task) =>
        `已告诉社区，社区会在${task.dueWords.replace(/^(今天|明天|后天) /, '')}前上门看望${task.keeperName ? `（${task.keeperName}负责您家这一片）` : ''}`,
    )
    if (done) setSent(true)
  }
  // A sent report is done: the form locks, so a second press cannot tell the community twice.
  const another = () => {
    setNote('')
    setRequestId(newRequestId())
    setSent(false)
    setRound((r) => r + 1)
  }
  return (
    <Screen title='告诉社区'>
      <Notice kind='info' text='老人住院、家里有大事或有特殊情况，社区都会上门看望（五必访）。' />
      {sent ? null : <Choice label='什么情况' options={REPORT_KINDS} value={kind} onChange={setKind} />}
      {sent ? null : <Field label='简单说说' value={note} onInput={setNote} placeholder={HINTS[kind]} maxlength={200} multiline />}
      {sent ? null : (
        <PhotoPicker
          key={round}
          label='照片（可不加，如病房、家里的情况）'
          about={{ cadreId, purpose: 'reportPhoto' }}
          most={1}
          onChange={(tickets, sending) => setPhoto({ tickets, sending })}
        />
      )}
      {photo.sending && !sent ? <Notice kind='info' text='照片还在上传，传好了就能告诉社区' /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {sent && kind === '住院' ? <WhileInHospital cadreId={cadreId} /> : null}
      {sent ? (
        <Button label='再报告另一件事' onPress={another} />
      ) : (
        <Button kind='primary' label='告诉社区' disabled={busy || photo.sending || note.trim().length < 2} onPress={() => void send()} />
      )}
    </Screen>
  )
}

/** The visits still to come while the cadre is in hospital: cancel them all at once, the held money back on the card. */
function WhileInHospital({ cadreId }: { cadreId: string }) {
  const { data, reload } = useAction('booking.list', { cadreId })
  const [outcome, setOutcome] = useState<{ cancelled: number; late: string[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const [declined, setDeclined] = useState(false)
  const upcoming = (data?.bookings ?? []).filter((b) => ['requested', 'assigned'].includes(b.status))
  const coming = upcoming.filter((b) => b.can.cancel)
  // Too close to cancel online, or not hers to cancel: the community can.
  const byPhone = upcoming.filter((b) => !b.can.cancel)
  const cancelAll = async () => {
    setBusy(true)
    const late: string[] = []
    let cancelled = 0
    for (const b of coming) {
      try {
        await call('booking.cancel', { bookingId: b.id, reason: '住院' })
        cancelled++
      } catch {
        late.push(`${b.when} ${b.serviceName}`)
      }
    }
    setOutcome({ cancelled, late })
    setBusy(false)
    void reload()
  }
  if (outcome)
    return (
      <View>
        <Notice kind='ok' text={`已取消 ${outcome.cancelled} 个上门服务，冻结的钱已退回服务卡。出院以后再约。`} />
        {outcome.late.length ? <Notice kind='error' text={`${outcome.late.join('、')} 没能取消，请打电话给社区。`} /> : null}
        {data?.dutyPhone ? <CallButton label='打电话给社区' phone={data.dutyPhone} /> : null}
      </View>
    )
  if (!data || declined || upcoming.length === 0) return null
  return (
    <Section title='住院期间，要不要先取消这些上门服务？'>
      {byPhone.length ? (
        <View>
          <Notice kind='info' text={`${byPhone.map((b) => `${b.when} ${b.serviceName}`).join('、')} 要打电话请社区取消。`} />
          <CallButton label='打电话给社区' phone={data.dutyPhone} />
        </View>
      ) : null}
      {coming.map((b) => (
        <BookingCard key={b.id} booking={b} />
      ))}
      {coming.length ? (
        <View>
          <Button
            kind='primary'
            label={`全部取消（${coming.length} 个）`}
            hint='冻结的钱退回服务卡，出院后再约'
            disabled={busy}
            onPress={() => void cancelAll()}
          />
          <Button kind='plain' label='先不取消' onPress={() => setDeclined(true)} />
        </View>
      ) : null}
    </Section>
  )
}
