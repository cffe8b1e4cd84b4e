// 我的任务: where the provider goes today (urgent repairs included) and later, each a tap from check-in; for a
// volunteer, the cadres they are paired with (结对帮扶) and a button for each call and visit.
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Button, CallButton } from '../../../components/controls'
import { PairCard } from '../../../components/pair-card'
import { Screen, Section } from '../../../components/screen'
import { BookingCard } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'

export default function Tasks() {
  const { data, error, loading } = useAction('provider.tasks', {})
  return (
    <Screen title='我的任务'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <Section title={`今天（${data.today.length} 家）`}>
          {data.today.length === 0 ? <Notice kind='info' text='今天没有要去的人家。' /> : null}
          {data.today.map((b) => (
            <BookingCard key={b.id} booking={b} showCadre />
          ))}
        </Section>
      ) : null}
      <Pairs />
      {data && data.later.length > 0 ? (
        <Section title='以后几天'>
          {data.later.map((b) => (
            <BookingCard key={b.id} booking={b} showCadre />
          ))}
        </Section>
      ) : null}
    </Screen>
  )
}

function Pairs() {
  const { data, reload } = useAction('pairing.mine', {})
  const { result, busy, submit } = useSubmit(reload)
  if (!data || data.pairs.length === 0) return null
  const log = (pairId: string, kind: '联系' | '走访') =>
    void submit(
      () => call('pairing.log', { pairId, kind, note: '' }),
      (p) => `已记下：${kind}${p.cadreName}`,
    )
  return (
    <Section title='结对的老人'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data.pairs.map((p) => (
        <PairCard key={p.id} pair={p}>
          {p.cadrePhone ? <CallButton label={`打给${p.cadreName}`} phone={p.cadrePhone} /> : null}
          <Button label='记一次联系' hint='打了电话、发了微信' disabled={busy} onPress={() => log(p.id, '联系')} />
          <Button kind='primary' label='记一次走访' hint='上门看望了' disabled={busy} onPress={() => log(p.id, '走访')} />
        </PairCard>
      ))}
    </Section>
  )
}
