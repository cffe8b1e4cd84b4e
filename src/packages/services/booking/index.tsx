// One booking: what, when, who, every step so far, and what the viewer may do now — cancel (with a second
// press to be sure), change the time, rate, or for the provider check in and out. Past the cut-off: call.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { BookingView } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, CallButton } from '../../../components/controls'
import { Rate, Rated } from '../../../components/rating'
import { Card } from '../../../components/card'
import { statusLine } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'
import { go, goBackOr, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { useShareCard } from '../../../api/share'

export default function Booking() {
  const params = usePageParams('booking')
  const bookingId = params.id
  const { data, error, loading, setData } = useAction('booking.get', { bookingId })
  // To a brother or sister who is bound too: when and who comes.
  useShareCard(() =>
    data ? { title: `${data.booking.serviceName} ${data.booking.when}`, route: 'booking', params: { id: bookingId } } : null,
  )
  const [failure, setFailure] = useState('')
  const act = async (run: () => Promise<BookingView>) => {
    try {
      const booking = await run()
      setData((d) => (d ? { ...d, booking } : d))
      setFailure('')
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : '没有办成，请再试一次')
    }
  }
  const b = data?.booking
  return (
    <Screen title={b ? b.serviceName : '预约详情'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {b ? (
        <View>
          <Card>
            <Text className='t-huge'>{statusLine(b)}</Text>
            <View>
              <Text className='t-body'>时间：{b.when}</Text>
            </View>
            <View>
              <Text className='t-body'>
                老人：{b.cadreName} · {b.address}
              </Text>
            </View>
            <View>
              <Text className='t-body'>价格：{b.price}</Text>
            </View>
            <View>
              <Text className='t-body'>上门的人：{b.provider ? b.provider.name : '社区正在安排'}</Text>
            </View>
            {b.note ? (
              <View>
                <Text className='t-body'>备注：{b.note}</Text>
              </View>
            ) : null}
            {b.bookedBy.onBehalf ? (
              <View>
                <Text className='t-body t-muted'>由 {b.bookedBy.name} 代为预约</Text>
              </View>
            ) : null}
          </Card>
          {failure ? <Notice kind='error' text={failure} /> : null}
          <Actions booking={b} dutyPhone={data.dutyPhone} act={act} />
          <Section title='每一步记录'>
            {b.history.map((h, i) => (
              <View key={i}>
                <Text className='t-body'>
                  {h.atWords} · {h.byName} · {stepWords[h.status]}
                  {h.note ? `（${h.note}）` : ''}
                </Text>
              </View>
            ))}
          </Section>
        </View>
      ) : null}
    </Screen>
  )
}

const stepWords: Record<BookingView['status'], string> = {
  requested: '提交预约',
  assigned: '安排上门',
  in_service: '到门口签到',
  completed: '服务完成',
  rated: '评价',
  cancelled: '取消',
  rejected: '退回',
  no_show: '上门未遇',
}

function Actions({
  booking: b,
  dutyPhone,
  act,
}: {
  booking: BookingView
  dutyPhone: string
  act: (run: () => Promise<BookingView>) => Promise<void>
}) {
  const [sure, setSure] = useState(false)
  const id = b.id
  return (
    <View>
      {b.can.checkIn ? (
        <BigButton label='到了，签到' hint='开始服务' onPress={() => void act(() => call('booking.checkIn', { bookingId: id }))} />
      ) : null}
      {b.can.checkOut ? (
        <BigButton label='做完了，签退' onPress={() => void act(() => call('booking.checkOut', { bookingId: id }))} />
      ) : null}
      {b.can.checkIn ? <Button label='老人不在家' onPress={() => void act(() => call('booking.noShow', { bookingId: id }))} /> : null}
      {b.cadrePhone ? <CallButton label={`打电话给${b.cadreName}`} phone={b.cadrePhone} /> : null}
      {b.can.rate ? (
        <Rate title='这次服务怎么样' onRate={(stars) => void act(() => call('booking.rate', { bookingId: id, stars }))} />
      ) : null}
      {b.rating ? <Rated rating={b.rating} /> : null}
      {b.can.complain ? (
        <Button label='投诉这次服务' hint='社区三天内答复' onPress={() => go('voices', { cadreId: b.cadreId, bookingId: b.id })} />
      ) : null}
      {b.provider?.phone && !b.can.checkIn && !b.can.checkOut ? (
        <CallButton label={`打电话给${b.provider.name}`} phone={b.provider.phone} />
      ) : null}
      {b.can.reschedule ? (
        <Button label='改时间' onPress={() => go('book', { cadreId: b.cadreId, key: b.serviceKey, bookingId: b.id })} />
      ) : null}
      {b.can.cancel && !sure ? <Button label='取消预约' onPress={() => setSure(true)} /> : null}
      {b.can.cancel && sure ? (
        <Card>
          <Text className='t-strong'>确定要取消这次{b.serviceName}吗？</Text>
          {/* Keeping it is the safe answer: the filled button; cancelling is marked ✖ and worded in full. */}
          <Button kind='primary' label='不取消，保留这次预约' onPress={() => setSure(false)} />
          <Button kind='danger' label='✖ 确定取消这次预约' onPress={() => void act(() => call('booking.cancel', { bookingId: id }))} />
        </Card>
      ) : null}
      {b.status === 'cancelled' ? (
        <View>
          <Notice kind='ok' text={`已取消这次${b.serviceName}。${b.cardYuan ? `${b.cardYuan}\u00a0元已退回服务卡，可以再用。` : ''}`} />
          <Button label='回到我的预约' onPress={() => goBackOr('bookings', { cadreId: b.cadreId })} />
        </View>
      ) : null}
      {b.callInstead ? (
        <View>
          <Notice kind='info' text='离上门时间太近了，网上不能再取消或改时间。需要的话请打电话给社区。' />
          <CallButton kind='primary' label='打电话给社区' phone={dutyPhone} />
        </View>
      ) : null}
    </View>
  )
}
