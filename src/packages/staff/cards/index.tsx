// 服务卡一览: every cadre's card in the community, those with least left first; tap to record money.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'

export default function Cards() {
  const { data, error, loading } = useAction('card.list', {})
  return (
    <Screen title='服务卡一览'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data?.cards.map((c) => (
        <Card key={c.cadreId} onPress={() => void Taro.navigateTo({ url: `/packages/account/card/index?cadreId=${c.cadreId}&staff=1` })}>
          <Text className='t-strong'>{c.name}</Text>
          <View>
            <Text className='t-body'>
              还可以用 {c.available} 元{c.heldFen > 0 ? `，冻结 ${c.held} 元` : ''}
            </Text>
          </View>
        </Card>
      ))}
    </Screen>
  )
}
