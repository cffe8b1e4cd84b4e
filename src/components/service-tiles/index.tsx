// The services a cadre can book, one big card each: name, what it is, price. Tapping one starts booking.
import { View, Text } from '@tarojs/components'
import type { CatalogView } from '@cloud/contracts'
import { Card } from '../card'
import { go } from '../../routes'

export function ServiceTiles({ catalog }: { catalog: CatalogView }) {
  return (
    <View>
      {catalog.services.map((s) => (
        <Card key={s.key} onPress={() => go('book', { cadreId: catalog.cadre.id, key: s.key })}>
          <Text className='t-strong'>{s.urgent ? `${s.name}（急修随时受理）` : s.name}</Text>
          <View>
            <Text className='t-body'>
              {s.blurb} · {s.price}
              {s.paidByCard && s.priceFen > 0 ? '（服务卡支付）' : ''}
            </Text>
          </View>
        </Card>
      ))}
    </View>
  )
}
