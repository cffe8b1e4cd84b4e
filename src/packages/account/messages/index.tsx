// 我的消息: bookings assigned, moved or cancelled, birthdays coming, calls for help, visits to make — newest
// first. New ones are marked 新 and counted read once the page has shown them; one about something opens it.
import { View, Text } from '@tarojs/components'
import { useEffect } from 'react'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { showUnread } from '../../../api/unreadBadge'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import type { MessageOpens } from '@cloud/contracts'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'

/** The page a message is about. */
function open(o: MessageOpens) {
  switch (o.page) {
    case 'booking':
    case 'cadre':
      return go(o.page, { id: o.id })
    case 'activity':
      return go('activity', { id: o.id, cadreId: o.cadreId })
    case 'voices':
      return go('voices', { cadreId: o.cadreId })
    case 'invitations':
      return go('invitations', { cadreId: o.cadreId })
    case 'rooms':
      return go('rooms', o.cadreId ? { cadreId: o.cadreId } : {})
    case 'assessment':
      return go('assessment', { schemeId: o.schemeId, ...(o.communityId ? { communityId: o.communityId } : {}) })
    default:
      return go(o.page)
  }
}

export default function Messages() {
  const list = usePagedAction('message.list', {}, 'messages')
  const { data, error, loading } = list
  const unread = list.items.some((m) => !m.read) ?? false
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
      <LoadError error={error} />
      {list.items.length === 0 ? <Notice kind='info' text='还没有消息。' /> : null}
      {list.items.map((m) => (
        <Card key={m.id} onPress={m.opens ? () => open(m.opens!) : undefined}>
          <Text className='t-strong'>
            {m.read ? '' : '● 新 '}
            {m.title}
          </Text>
          <View>
            <Text className='t-body'>{m.body}</Text>
          </View>
          <View>
            <Text className='t-body t-muted'>
              {m.atWords}
              {m.opens ? ' · 点这里查看' : ''}
            </Text>
          </View>
        </Card>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='条' />
    </Screen>
  )
}
