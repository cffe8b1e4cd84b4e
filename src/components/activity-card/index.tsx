// One activity as a large card: what, when in words, where, and where the cadre stands, with a sign (never
// colour alone).
import { Image, View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { ActivityView } from '@cloud/contracts'
import { Card } from '../card'
import './index.css'

/** "✔ 已报名", "○ 候补第2位", "还有 5 个名额", "已报满，可以排候补", "报名已截止", "✖ 已取消". */
export function activityStatus(a: ActivityView): string {
  if (a.status === 'cancelled') return '✖ 活动已取消'
  if (a.mine?.status === 'confirmed') return `✔ ${a.mine.words}`
  if (a.mine?.status === 'waitlisted') return `○ ${a.mine.words}`
  if (!a.signupOpen) return '报名已截止'
  return a.seatsLeft > 0 ? `还有 ${a.seatsLeft} 个名额` : '已报满，可以排候补'
}

/**
 * With `actions` (報名 on the card itself) the card is not one big button — buttons inside a button cannot be
 * reached — and the actions say how to open it.
 */
export function ActivityCard({
  activity,
  onPress,
  extra,
  actions,
}: {
  activity: ActivityView
  onPress: () => void
  extra?: string
  actions?: ReactNode
}) {
  return (
    <Card onPress={actions ? undefined : onPress}>
      {/* The cover only decorates: the title says what it is. */}
      {activity.cover?.url ? <Image className='activity-card__cover' src={activity.cover.url} mode='aspectFill' aria-hidden /> : null}
      <Text className='t-strong'>{activity.title}</Text>
      <View>
        <Text className='t-body'>{activity.when}</Text>
      </View>
      <View>
        <Text className='t-body'>{activity.room}</Text>
      </View>
      <View>
        <Text className='t-body t-strong'>{extra ?? activityStatus(activity)}</Text>
      </View>
      {actions}
    </Card>
  )
}
