// 服务卡: what is left to spend in very large digits, what is held for booked visits, and every change in
// plain words. Staff of the community also record money received (top-up) or given back (refund) here.
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import './index.css'

export default function ServiceCard() {
  const { params } = useRouter()
  const cadreId = String(params.cadreId ?? '')
  const { data, error, loading, reload } = useAction('card.entries', { cadreId })
  return (
    <Screen title='服务卡'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data ? (
        <View>
          <Card>
            <Text className='t-body'>还可以用</Text>
            <View>
              <Text className='card-money'>{data.available}</Text>
              <Text className='t-strong'> 元</Text>
            </View>
            {data.heldFen > 0 ? (
              <View>
                <Text className='t-body'>另有 {data.held} 元为已约好的服务冻结，服务完成才扣，取消就退回。</Text>
              </View>
            ) : null}
          </Card>
          {params.staff === '1' ? <RecordMoney cadreId={cadreId} onDone={reload} /> : null}
          <Section title='明细'>
            {data.entries.length === 0 ? <Notice kind='info' text='还没有明细。' /> : null}
            {data.entries.map((e) => (
              <View key={e.id} className='card-entry'>
                <Text className='t-body'>{e.words}</Text>
                <View>
                  <Text className='t-body t-muted'>
                    {e.atWords} · {e.byName}
                  </Text>
                </View>
              </View>
            ))}
          </Section>
        </View>
      ) : null}
    </Screen>
  )
}

function RecordMoney({ cadreId, onDone }: { cadreId: string; onDone: () => Promise<void> }) {
  const [kind, setKind] = useState<'充值' | '退款'>('充值')
  const [amount, setAmount] = useState('')
  const [receiptNo, setReceiptNo] = useState('')
  const [reason, setReason] = useState('')
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const submit = async () => {
    const amountFen = Math.round(Number(amount) * 100)
    try {
      const common = { cadreId, amountFen: Number.isFinite(amountFen) ? amountFen : 0, receiptNo: receiptNo.trim() }
      const done =
        kind === '充值'
          ? await call('card.record', { ...common, kind: 'topup', ...(reason.trim() ? { reason: reason.trim() } : {}) })
          : await call('card.record', { ...common, kind: 'refund', reason: reason.trim() })
      setResult({ kind: 'ok', text: `已登记${kind} ${amount} 元，现在还可以用 ${done.available} 元` })
      setAmount('')
      setReceiptNo('')
      setReason('')
      await onDone()
    } catch (e) {
      setResult({ kind: 'error', text: e instanceof ApiError ? e.message : '没有登记上，请再试一次' })
    }
  }
  return (
    <Section title='社区登记'>
      <Choice label='登记什么' options={['充值', '退款'] as const} value={kind} onChange={setKind} />
      <Field label='金额（元）' value={amount} onInput={setAmount} type='digit' maxlength={8} testId='amount' />
      <Field label={kind === '充值' ? '收据号' : '单据号'} value={receiptNo} onInput={setReceiptNo} maxlength={30} testId='receipt' />
      <Field label={kind === '充值' ? '说明（可不填）' : '退款原因'} value={reason} onInput={setReason} maxlength={200} testId='reason' />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label={`登记${kind}`} onPress={() => void submit()} />
    </Section>
  )
}
