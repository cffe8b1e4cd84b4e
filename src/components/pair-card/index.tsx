// One 结对 pair: who with whom, when they were last in touch and how many visits in thirty days, and — in
// words as well as colour — why it is overdue. The page adds its own buttons below.
import { View, Text } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { PairView } from '@cloud/contracts'
import { Card } from '../card'

export function PairCard({ pair, children }: PropsWithChildren<{ pair: PairView }>) {
  return (
    <Card>
      <Text className='t-strong'>
        {pair.volunteerName} — {pair.cadreName}
      </Text>
      <View>
        <Text className='t-body'>住址：{pair.address}</Text>
      </View>
      <View>
        <Text className='t-body'>
          上次联系：{pair.lastContactWords}；近 30 天走访 {pair.visitsIn30Days} 次
        </Text>
      </View>
      {pair.overdue.map((r) => (
        <View key={r}>
          <Text className='t-body t-danger'>⚠ {r}</Text>
        </View>
      ))}
      {children}
    </Card>
  )
}
