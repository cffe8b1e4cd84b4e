// 派单台: requests waiting for someone (urgent repairs first) with a button per provider who does that
// service, and each provider's visits of the day.
import { View, Text } from '@tarojs/components'
import type { BookingView, DispatchBoard } from '../../../../cloudfunctions/lib/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton } from '../../../components/controls'
import { Card } from '../../../components/card'
import { BookingCard, statusLine } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'

export default function Dispatch() {
  const { data, error, loading, reload } = useAction('dispatch.board', {})
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
      {error ? <Notice kind='error' text={error.message} /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data ? <Waiting board={data} assign={assign} /> : null}
      {data ? (
        <Section title='今天每位服务人员的安排'>
          {data.providers.map((p) => (
            <Card key={p.id}>
              <Text className='t-strong'>
                {p.name}（{p.kind}）
              </Text>
              {p.bookings.length === 0 ? (
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

function Waiting({ board, assign }: { board: DispatchBoard; assign: (b: BookingView, providerId: string) => Promise<void> }) {
  return (
    <Section title={`等待安排（${board.waiting.length}）`}>
      {board.waiting.length === 0 ? <Notice kind='ok' text='没有等待安排的预约。' /> : null}
      {board.waiting.map((b) => {
        const able = board.providers.filter((p) => p.services.includes(b.serviceKey))
        return (
          <View key={b.id}>
            {b.urgent ? <Notice kind='error' text={`急修：${b.note ?? b.serviceName}`} /> : null}
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
    </Section>
  )
}
