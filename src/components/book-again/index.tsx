// 再约一次 on the cadre's home: the service last done for them, with its next free time in words — one press opens
// the booking at the check, a second books it. Read after the home page has shown (it does not hold the home up).
import { useAction } from '../../api/useAction'
import { BigButton } from '../controls'
import { go } from '../../routes'

const DONE = ['completed', 'rated']

export function BookAgain({ cadreId }: { cadreId: string }) {
  const { data } = useAction('booking.list', { cadreId })
  const last = data?.bookings
    .filter((b) => DONE.includes(b.status) && !b.urgent)
    .sort((a, b) => `${b.date}${b.time}`.localeCompare(`${a.date}${a.time}`))[0]
  return last ? (
    <NextFreeTime cadreId={cadreId} serviceKey={last.serviceKey} serviceName={last.serviceName} provider={last.provider?.name} />
  ) : null
}

function NextFreeTime({
  cadreId,
  serviceKey,
  serviceName,
  provider,
}: {
  cadreId: string
  serviceKey: string
  serviceName: string
  provider?: string
}) {
  const { data } = useAction('service.days', { cadreId, serviceKey })
  const day = data?.days.find((d) => d.state === 'open' && d.times.length > 0)
  if (!day) return null
  return (
    <BigButton
      label={`再约一次${serviceName}`}
      hint={`${day.words} ${day.labels[0]} 有空${provider ? ` · 上次是${provider}` : ''}`}
      onPress={() => go('book', { cadreId, key: serviceKey, date: day.date, time: day.times[0] })}
    />
  )
}
