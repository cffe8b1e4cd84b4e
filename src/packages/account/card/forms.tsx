// What staff of the cadre's community do on the card page: record money received or given back (once per
// receipt), and adjust the balance with a reason (large adjustments wait for a second staff member).
import { useState } from 'react'
import { call } from '../../../api'
import { useSubmit } from '../../../api/useSubmit'
import { usePagedAction } from '../../../api/usePagedAction'
import { newRequestId } from '../../../api/requestId'
import { Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'

const toFen = (yuanText: string) => {
  const fen = Math.round(Number(yuanText) * 100)
  return Number.isFinite(fen) ? fen : 0
}

const yuanOf = (fen: number) => (fen / 100).toFixed(2)

export function RecordMoney({ cadreId, onDone }: { cadreId: string; onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<'充值' | '退款'>('充值')
  const [amount, setAmount] = useState('')
  const [receiptNo, setReceiptNo] = useState('')
  const [reason, setReason] = useState('')
  const [visit, setVisit] = useState('')
  // A refund gives back what one finished visit took; other money is an adjustment (approved above the line).
  const bookings = usePagedAction('booking.list', { cadreId }, 'bookings')
  const refundable = bookings.items.filter((b) => b.refundableFen)
  const labelOf = (b: (typeof refundable)[number]) => `${b.serviceName} ${b.when}（还可退 ${yuanOf(b.refundableFen ?? 0)}\u00a0元）`
  const chosen = refundable.find((b) => labelOf(b) === visit)
  const { result, busy, submit } = useSubmit(async () => {
    await Promise.all([onDone(), bookings.reload()])
  }, '没有登记上，请再试一次')
  const record = async () => {
    const common = { cadreId, amountFen: toFen(amount), receiptNo: receiptNo.trim() }
    const done = await submit(
      () =>
        kind === '充值'
          ? call('card.record', { ...common, kind: 'topup', ...(reason.trim() ? { reason: reason.trim() } : {}) })
          : call('card.record', { ...common, kind: 'refund', bookingId: chosen?.id ?? '', reason: reason.trim() }),
      (card) => `已登记${kind} ${amount}\u00a0元，现在还可以用 ${card.available}\u00a0元`,
    )
    if (!done) return
    setAmount('')
    setReceiptNo('')
    setReason('')
    setVisit('')
  }
  const noVisit = kind === '退款' && refundable.length === 0 && bookings.next === null
  return (
    <Section title='社区登记'>
      <Choice label='登记什么' options={['充值', '退款'] as const} value={kind} onChange={setKind} />
      {kind === '退款' && refundable.length ? (
        <Choice label='退哪一次服务的钱' options={refundable.map(labelOf)} value={visit} onChange={setVisit} />
      ) : null}
      {kind === '退款' && bookings.next !== null ? (
        <Button
          label={`在更早的预约里找（还有 ${bookings.total - bookings.items.length} 个）`}
          disabled={bookings.loadingMore}
          onPress={() => void bookings.loadMore()}
        />
      ) : null}
      {noVisit ? (
        <Notice kind='info' text='这位老人没有可以退款的服务（只有已完成、扣过服务卡的服务可以退）。其他情况请用下面的“调整余额”。' />
      ) : (
        <>
          <Field label='金额（元）' value={amount} onInput={setAmount} type='digit' maxlength={8} testId='amount' />
          <Field label={kind === '充值' ? '收据号' : '单据号'} value={receiptNo} onInput={setReceiptNo} maxlength={30} testId='receipt' />
          <Field
            label={kind === '充值' ? '说明（可不填）' : '退款原因'}
            value={reason}
            onInput={setReason}
            maxlength={200}
            testId='reason'
          />
          {result ? <Notice kind={result.kind} text={result.text} /> : null}
          <Button kind='primary' label={`登记${kind}`} disabled={busy || (kind === '退款' && !chosen)} onPress={() => void record()} />
        </>
      )}
    </Section>
  )
}

export function AdjustCard({ cadreId, onDone }: { cadreId: string; onDone: () => Promise<void> }) {
  const [direction, setDirection] = useState<'增加' | '减少'>('减少')
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const { result, busy, submit } = useSubmit(onDone, '没有调整成，请再试一次')
  const adjust = async () => {
    const amountFen = (direction === '增加' ? 1 : -1) * toFen(amount)
    const done = await submit(
      () => call('card.adjust', { cadreId, amountFen, reason: reason.trim(), requestId }),
      (a) =>
        a.status === 'pending'
          ? `${direction} ${amount}\u00a0元金额较大，已交给另一位工作人员审批，批准后才记入服务卡`
          : `已${direction} ${amount}\u00a0元，现在还可以用 ${a.card.available}\u00a0元`,
    )
    if (!done) return
    setAmount('')
    setReason('')
    setRequestId(newRequestId())
  }
  return (
    <Section title='调整余额'>
      <Choice label='增加还是减少' options={['减少', '增加'] as const} value={direction} onChange={setDirection} />
      <Field label='金额（元）' value={amount} onInput={setAmount} type='digit' maxlength={8} testId='adjust-amount' />
      <Field label='调整原因（必填）' value={reason} onInput={setReason} maxlength={200} testId='adjust-reason' />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button label={`${direction}余额`} disabled={busy} onPress={() => void adjust()} />
    </Section>
  )
}
