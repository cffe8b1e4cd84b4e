// A party branch: this year's 组织生活 meetings, and for each member (the secretary first) how they took part in
// each — came, had the material taken home (送学上门), or missed — in words, so it reads the same aloud.
import { View, Text } from '@tarojs/components'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { usePageParams } from '../../../routes'

const SIGN = { 到会: '✔', 送学上门: '◐', 缺席: '✖', 还没开: '○' } as const

export default function Branch() {
  const { id } = usePageParams('branch')
  const { data, error, loading } = useAction('branch.get', { branchId: id })
  const held = data?.meetings.filter((m) => m.held).length ?? 0
  return (
    <Screen title={data?.branch.name ?? '党支部'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <View>
          <Card>
            <Text className='t-strong'>{data.branch.name}</Text>
            <View>
              <Text className='t-body'>
                {data.branch.communityWords} · 党员 {data.branch.members} 人
                {data.branch.secretaryName ? ` · 书记 ${data.branch.secretaryName}` : ''}
              </Text>
            </View>
          </Card>
          <Section title={`今年的组织生活 ${data.meetings.length} 次（已开 ${held} 次）`}>
            {data.meetings.length === 0 ? <Notice kind='info' text='今年还没有安排组织生活。发布活动时选“党组织生活”和这个支部。' /> : null}
            {data.meetings.map((m) => (
              <View key={m.id}>
                <Text className='t-body'>
                  {m.dateWords} {m.title}
                  {m.held ? '' : '（还没开）'}
                </Text>
              </View>
            ))}
          </Section>
          <Section title='党员参加情况'>
            {data.members.map((m) => (
              <Card key={m.cadreId}>
                <Text className='t-strong'>
                  {m.name}
                  {m.secretary ? '（书记）' : ''}
                </Text>
                <View>
                  <Text className='t-body'>
                    到会 {m.came} 次，送学上门 {m.atHome} 次，缺席 {m.missed} 次
                  </Text>
                </View>
                {m.presence.map((p, i) => (
                  <View key={data.meetings[i].id}>
                    <Text className='t-body t-muted'>
                      {SIGN[p]} {data.meetings[i].dateWords}：{p}
                    </Text>
                  </View>
                ))}
              </Card>
            ))}
          </Section>
        </View>
      ) : null}
    </Screen>
  )
}
