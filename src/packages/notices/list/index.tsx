// 局里的通知: community staff read what the bureau sends them (unread first marked 新, one press says it is read);
// the bureau writes a notice for every community or the ones it picks, and sees for each which have read it.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { NoticeView } from '@cloud/contracts'
import { call } from '../../../api'
import { newRequestId } from '../../../api/requestId'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, Field } from '../../../components/controls'
import { CommunityPick } from '../../../components/community-pick'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'

export default function Notices() {
  const list = usePagedAction('notice.list', {}, 'notices')
  const { data, error, loading, reload } = list
  const reading = useSubmit(reload)
  const bureau = data?.mayPublish ?? false
  return (
    <Screen title='局里的通知'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && bureau ? <Publish onDone={reload} /> : null}
      {data && !bureau && data.unread ? <Notice kind='info' text={`有 ${data.unread} 条通知还没读`} /> : null}
      {reading.result ? <Notice kind={reading.result.kind} text={reading.result.text} /> : null}
      {data && list.items.length === 0 ? <Notice kind='info' text='还没有通知。' /> : null}
      {list.items.map((n) => (
        <NoticeCard
          key={n.id}
          n={n}
          onRead={() =>
            void reading.submit(
              () => call('notice.read', { noticeId: n.id }),
              () => `“${n.title}”已读`,
            )
          }
        />
      ))}
      <ListFooter {...list} shown={list.items.length} unit='条' />
    </Screen>
  )
}

function NoticeCard({ n, onRead }: { n: NoticeView; onRead: () => void }) {
  return (
    <Card>
      <Text className='t-strong'>
        {n.read === false ? '● 新 ' : ''}
        {n.title}
      </Text>
      <View>
        <Text className='t-body t-muted'>
          {n.publishedByName} · {n.atWords} · 发给{n.toWords}
        </Text>
      </View>
      <View>
        <Text className='t-body notice-body'>{n.body}</Text>
      </View>
      {n.readBy ? (
        <View>
          <Text className='t-body'>
            {n.readBy.communities} / {n.readBy.of} 个社区读过
            {n.readBy.notYet.length ? `；还没读：${n.readBy.notYet.join('、')}` : '，都读过了'}
          </Text>
        </View>
      ) : null}
      {n.read === false ? <Button kind='primary' label='我读过了' onPress={onRead} /> : null}
    </Card>
  )
}

function Publish({ onDone }: { onDone: () => Promise<void> }) {
  const [title, setTitle] = useState('')
  const [body, setBody] = useState('')
  const [picked, setPicked] = useState<string[] | null>(null)
  const [requestId, setRequestId] = useState(newRequestId)
  const { result, busy, submit } = useSubmit(onDone, '没有发出去，请再试一次')
  const send = () =>
    void submit(
      () => call('notice.publish', { requestId, title: title.trim(), body: body.trim(), ...(picked ? { communityIds: picked } : {}) }),
      (n) => {
        setRequestId(newRequestId())
        setTitle('')
        setBody('')
        setPicked(null)
        return `发出去了：${n.title}（发给${n.toWords}）`
      },
    )
  return (
    <Section title='发通知'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Field label='标题' value={title} onInput={setTitle} maxlength={40} testId='notice-title' />
      <Field multiline label='内容' value={body} onInput={setBody} maxlength={5000} testId='notice-body' />
      <CommunityPick label='发给' picked={picked} onChange={setPicked} />
      <BigButton label='发布' disabled={busy || title.trim().length < 2 || body.trim().length < 2 || picked?.length === 0} onPress={send} />
    </Section>
  )
}
