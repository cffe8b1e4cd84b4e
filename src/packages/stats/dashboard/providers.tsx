// 服务人员质量: what each provider was sent to, did, failed to do, and how they were rated this month — those with
// failed visits or poor ratings first, where a community would look into it.
import { Text, View } from '@tarojs/components'
import { useAction } from '../../../api/useAction'
import { Section } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'

export function ProviderQuality({ month, communityId }: { month: string; communityId?: string }) {
  const { data, error } = useAction('stats.providers', { month, ...(communityId ? { communityId } : {}) })
  return (
    <Section title='服务人员质量'>
      <LoadError error={error} />
      {data && !data.providers.length ? <Notice kind='info' text='这个月还没有派过单。' /> : null}
      {data?.providers.map((p) => (
        <Card key={p.id}>
          <Text className='t-strong'>
            {p.name}（{p.communityName}）
          </Text>
          <View>
            <Text className='t-body'>
              派 {p.assigned} 单，完成 {p.completed}，没上门成 {p.notMet}
            </Text>
          </View>
          <View>
            <Text className='t-body'>
              {p.rated ? `评价 ${p.rated} 次，满意率 ${p.satisfaction}%，平均 ${p.average} 星，1–2 星 ${p.poor} 次` : '还没有评价'}
            </Text>
          </View>
          <View>
            <Text className='t-body'>{p.complaints ? `⚠ 被投诉 ${p.complaints} 次` : '没有投诉'}</Text>
          </View>
        </Card>
      ))}
    </Section>
  )
}
