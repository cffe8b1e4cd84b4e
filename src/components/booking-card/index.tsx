// One booking as a card: what, when, who comes, and its status in words with a sign (never colour alone).
import { View, Text } from '@tarojs/components'
import type { BookingStatus, BookingView } from '@cloud/contracts'
import { Card } from '../card'
import { go } from '../../routes'

const SIGNS: Record<BookingStatus, string> = {
  // Signs from the fonts every phone has (an hourglass emoji shows as a box where it is missing).
  requested: '○',
  assigned: '✔',
  in_service: '▶',
  completed: '★',
  rated: '★',
  cancelled: '✖',
  rejected: '✖',
  no_show: '⚠',
}

export const statusLine = (b: BookingView) => `${SIGNS[b.status]} ${b.statusWords}`

export function BookingCard({ booking, showCadre = false }: { booking: BookingView; showCadre?: boolean }) {
  return (
    <Card onPress={() => go('booking', { id: booking.id })}>
      <Text className='t-strong'>
        {booking.serviceName}
        {showCadre ? ` · ${booking.cadreName}` : ''}
      </Text>
      <View>
        <Text className='t-body'>{booking.when}</Text>
      </View>
      <View>
        <Text className='t-body'>
          {statusLine(booking)}
          {booking.provider ? ` · ${booking.provider.name}上门` : ''}
        </Text>
      </View>
      {showCadre ? (
        <View>
          <Text className='t-body t-muted'>{booking.address}</Text>
        </View>
      ) : null}
    </Card>
  )
}
