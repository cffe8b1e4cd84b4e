// 我的消息: what changed about bookings (assigned, moved, cancelled), newest first.
import { View, Text } from '@tarojs/components'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'

export default function Messages() {
  const { data, error, loading } = useAction('message.list', {})
  return (
    <Screen title='我的消息'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data?.messages.length === 0 ? <Notice kind='info' text='还没有消息。' /> : null}
      {data?.messages.map((m) => (
        <Card key={m.id}>
          <Text className='t-strong'>{m.title}</Text>
          <View>
            <Text className='t-body'>{m.body}</Text>
          </View>
          <View>
            <Text className='t-body t-muted'>{m.atWords}</Text>
          </View>
        </Card>
      ))}
    </Screen>
  )
}
