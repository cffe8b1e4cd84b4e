// One cadre as a tappable card that opens their page: family see who and where, staff also the record's facts.
import { View, Text } from '@tarojs/components'
import type { CadreSummary } from '@cloud/contracts'
import { Card } from '../card'
import { go } from '../../routes'

export function CadreCard({ cadre, forStaff = false }: { cadre: CadreSummary; forStaff?: boolean }) {
  const living = cadre.livesAlone ? '独居' : '与家人同住'
  const facts = forStaff ? [cadre.category, cadre.rank, living, cadre.hasWeChat ? '已用微信' : '未用微信'] : [living]
  return (
    <Card onPress={() => go('cadre', { id: cadre.id })}>
      <Text className={forStaff ? 't-strong' : 't-huge'}>
        {cadre.name}
        {cadre.status ? `（${cadre.status}）` : ''}
      </Text>
      <View>
        <Text className='t-body'>{[`${cadre.age} 岁`, ...facts].join(' · ')}</Text>
      </View>
      <View>
        <Text className='t-body t-muted'>{cadre.address}</Text>
      </View>
    </Card>
  )
}
