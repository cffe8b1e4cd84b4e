// 我的任务: where the provider goes today (urgent repairs included) and later, each a tap from check-in.
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { BookingCard } from '../../../components/booking-card'
import { Loading, Notice } from '../../../components/notice'

export default function Tasks() {
  const { data, error, loading } = useAction('provider.tasks', {})
  return (
    <Screen title='我的任务'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data ? (
        <Section title={`今天（${data.today.length} 家）`}>
          {data.today.length === 0 ? <Notice kind='info' text='今天没有要去的人家。' /> : null}
          {data.today.map((b) => (
            <BookingCard key={b.id} booking={b} showCadre />
          ))}
        </Section>
      ) : null}
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
