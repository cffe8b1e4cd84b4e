// The services a cadre can book, one big card each: name, what it is, price. Tapping one starts booking.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CatalogView } from '../../../cloudfunctions/lib/contracts'
import { Card } from '../card'

export function ServiceTiles({ catalog }: { catalog: CatalogView }) {
  return (
    <View>
      {catalog.services.map((s) => (
        <Card
          key={s.key}
          onPress={() => void Taro.navigateTo({ url: `/packages/services/book/index?cadreId=${catalog.cadre.id}&key=${s.key}` })}
        >
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
