// 我的消息: bookings assigned, moved or cancelled, birthdays coming, calls for help, visits to make — newest
// first. New ones are marked 新 and counted read once the page has shown them.
import { View, Text } from '@tarojs/components'
import { useEffect } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { showUnread } from '../../../api/unreadBadge'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'

export default function Messages() {
  const { data, error, loading } = useAction('message.list', {})
  const unread = data?.messages.some((m) => !m.read) ?? false
  useEffect(() => {
    if (unread)
      void call('message.read', {}).then(
        (r) => showUnread(r.unread),
        () => undefined,
      )
  }, [unread])
  return (
    <Screen title='我的消息'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data?.messages.length === 0 ? <Notice kind='info' text='还没有消息。' /> : null}
      {data?.messages.map((m) => (
        <Card key={m.id}>
          <Text className='t-strong'>
            {m.read ? '' : '● 新 '}
            {m.title}
          </Text>
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
