// 服务卡一览: every cadre's card in the community, those with least left first; tap to record money or adjust.
// Also the way to adjustments waiting for approval, the monthly statement and the community's card policy.
import { View, Text } from '@tarojs/components'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Button } from '../../../components/controls'
import { Loading } from '../../../components/notice'
import { ListCount, ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function Cards() {
  const cards = usePagedAction('card.list', {}, 'cards')
  const { data, error, loading } = cards
  return (
    <Screen title='服务卡一览'>
      <Button label='调整审批' hint='大额调整要另一位工作人员批准' onPress={() => go('adjustments')} />
      <Button label='月度台帐' hint='可导出表格' onPress={() => go('statement')} />
      <Button label='服务卡政策' onPress={() => go('cardPolicy')} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? <ListCount total={cards.total} unit='位' what='老人的服务卡（余额少的在前）' /> : null}
      {cards.items.map((c) => (
        <Card key={c.cadreId} onPress={() => go('card', { cadreId: c.cadreId, staff: '1' })}>
          <Text className='t-strong'>{c.name}</Text>
          <View>
            <Text className='t-body'>
              还可以用 {c.available}&nbsp;元{c.heldFen > 0 ? `，冻结 ${c.held}\u00a0元` : ''}
            </Text>
          </View>
        </Card>
      ))}
      <ListFooter {...cards} shown={cards.items.length} unit='位' />
    </Screen>
  )
}
