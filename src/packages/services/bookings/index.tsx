// 我的预约: a cadre's bookings, open ones first, each with its status in words.
import { useRouter } from '@tarojs/taro'
import type { BookingView } from '../../../../cloudfunctions/lib/contracts'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { CallButton } from '../../../components/controls'
import { BookingCard } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'

const isOpen = (b: BookingView) => ['requested', 'assigned', 'in_service', 'completed'].includes(b.status)

export default function Bookings() {
  const { params } = useRouter()
  const { data, error, loading } = useAction('booking.list', { cadreId: String(params.cadreId ?? '') })
  const open = data?.bookings.filter(isOpen) ?? []
  const past = data?.bookings.filter((b) => !isOpen(b)) ?? []
  return (
    <Screen title={data ? `${data.cadreName}的预约` : '预约'}>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data ? (
        <Section title='正在进行'>
          {open.length === 0 ? <Notice kind='info' text='现在没有约好的服务。' /> : null}
          {open.map((b) => (
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
      {data?.dutyPhone ? <CallButton label='有问题打电话给社区' phone={data.dutyPhone} /> : null}
    </Screen>
  )
}
