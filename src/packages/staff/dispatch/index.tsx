// 派单台: requests waiting for someone (urgent repairs first) with a button per provider who does that
// service, and each provider's visits of the day. The waiting list says how many there are and loads the rest
// as staff scroll: the newest urgent repair is never silently off the board.
import { View, Text } from '@tarojs/components'
import type { BookingView, DispatchBoard } from '@cloud/contracts'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton } from '../../../components/controls'
import { Card } from '../../../components/card'
import { BookingCard, statusLine } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'

export default function Dispatch() {
  const waiting = usePagedAction('dispatch.board', {}, 'waiting')
  const { data, error, loading, reload } = waiting
  const { result, submit } = useSubmit(reload, '没有派成，请再试一次')
  const assign = async (b: BookingView, providerId: string) => {
    await submit(
      () => call('booking.assign', { bookingId: b.id, providerId }),
      (done) => `已派 ${done.provider?.name ?? ''} 去 ${b.cadreName} 家（${b.serviceName}）`,
    )
  }
  return (
    <Screen title='派单台'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data ? (
        <Section title={`等待安排（${waiting.total}）`}>
          <Waiting requests={waiting.items} providers={data.providers} assign={assign} />
          <ListFooter {...waiting} shown={waiting.items.length} unit='个' />
        </Section>
      ) : null}
      {data && data.sent.length > 0 ? (
        <Section title={`派出未上门（${data.sent.length}）`}>
          {data.sent.map((b) => (
            <Card key={b.id}>
              <Text className='t-strong'>
                急修：{b.cadreName} · {b.note ?? b.serviceName}
              </Text>
              <View>
                <Text className='t-body'>
                  {b.askedWords}报修 · 已派{b.provider?.name ?? ''}，还没上门
                </Text>
              </View>
              <View>
                <Text className='t-body t-muted'>住址：{b.address}</Text>
              </View>
              {b.provider ? <CallButton label={`打给${b.provider.name}`} phone={b.provider.phone} /> : null}
              {b.cadrePhone ? <CallButton label={`打给${b.cadreName}`} phone={b.cadrePhone} /> : null}
            </Card>
          ))}
        </Section>
      ) : null}
      {data ? (
        <Section title='今天每位服务人员的安排'>
          {data.providers.map((p) => (
            <Card key={p.id}>
              <Text className='t-strong'>
                {p.name}（{p.kind}）
              </Text>
              {data.sent
                .filter((b) => b.provider?.id === p.id)
                .map((b) => (
                  <View key={b.id}>
                    <Text className='t-body'>
                      急修 {b.cadreName} · {b.askedWords}报修 · 还没上门
                    </Text>
                  </View>
                ))}
              {p.bookings.length === 0 && !data.sent.some((b) => b.provider?.id === p.id) ? (
                <View>
                  <Text className='t-body t-muted'>今天没有安排</Text>
                </View>
              ) : null}
              {p.bookings.map((b) => (
                <View key={b.id}>
                  <Text className='t-body'>
                    {b.time ?? '急修'} {b.cadreName} · {b.serviceName} · {statusLine(b)}
                  </Text>
                </View>
              ))}
              <CallButton label={`打给${p.name}`} phone={p.phone} />
            </Card>
          ))}
        </Section>
      ) : null}
    </Screen>
  )
}

function Waiting({
  requests,
  providers,
  assign,
}: {
  requests: BookingView[]
  providers: DispatchBoard['providers']
  assign: (b: BookingView, providerId: string) => Promise<void>
}) {
  return (
    <View>
      {requests.length === 0 ? <Notice kind='ok' text='没有等待安排的预约。' /> : null}
      {requests.map((b) => {
        const able = providers.filter((p) => p.services.includes(b.serviceKey))
        return (
          <View key={b.id}>
            {b.urgent ? <Notice kind='error' text={`急修：${b.note ?? b.serviceName}（${b.askedWords}报修）`} /> : null}
            <BookingCard booking={b} showCadre />
            {able.length === 0 ? <Notice kind='info' text='没有做这项服务的人员，请电话联系。' /> : null}
            <View className='row'>
              {able.map((p) => (
                <Button key={p.id} label={`派给${p.name}`} onPress={() => void assign(b, p.id)} />
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}
