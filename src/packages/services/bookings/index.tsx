// 我的预约: visits to come in the order they come, finished ones waiting for a rating, then the past; each with
// its status in words.
import type { BookingView } from '@cloud/contracts'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen, Section } from '../../../components/screen'
import { CallButton } from '../../../components/controls'
import { BookingCard } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

const isComing = (b: BookingView) => ['requested', 'assigned', 'in_service'].includes(b.status)

export default function Bookings() {
  const params = usePageParams('bookings')
  const list = usePagedAction('booking.list', { cadreId: params.cadreId }, 'bookings')
  const { data, error, loading } = list
  const coming = list.items.filter(isComing)
  const toRate = list.items.filter((b) => b.status === 'completed')
  const past = list.items.filter((b) => !isComing(b) && b.status !== 'completed')
  return (
    <Screen title={data ? `${data.cadreName}的预约` : '预约'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <Section title='要来的'>
          {coming.length === 0 ? <Notice kind='info' text='现在没有约好的服务。' /> : null}
          {coming.map((b) => (
            <BookingCard key={b.id} booking={b} />
          ))}
        </Section>
      ) : null}
      {toRate.length > 0 ? (
        <Section title='做完了，请评价'>
          {toRate.map((b) => (
            <BookingCard key={b.id} booking={b} />
          ))}
        </Section>
      ) : null}
      {past.length > 0 ? (
        <Section title='以前的'>
          {past.map((b) => (
            <BookingCard key={b.id} booking={b} />
          ))}
        </Section>
      ) : null}
      <ListFooter {...list} shown={list.items.length} unit='个' />
      {data?.dutyPhone ? <CallButton label='有问题打电话给社区' phone={data.dutyPhone} /> : null}
    </Screen>
  )
}
