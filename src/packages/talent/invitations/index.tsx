// 社区的邀请 (the cadre, or family for him): what the community asked him to help with, each answered with one
// press — 愿意去 or 这次不方便 — and what he has done.
import { View, Text } from '@tarojs/components'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { usePageParams } from '../../../routes'

export default function Invitations() {
  const { cadreId } = usePageParams('invitations')
  const { data, error, loading, reload } = useAction('talent.invitations', { cadreId })
  const { result, busy, submit } = useSubmit(reload)
  const answer = (invitationId: string, accept: boolean) =>
    void submit(
      () => call('talent.answer', { invitationId, accept }),
      () => (accept ? '答应了，社区会和您联系' : '已告诉社区这次不方便'),
    )
  return (
    <Screen title='社区的邀请'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data && data.invitations.length === 0 ? <Notice kind='info' text='社区还没有发来邀请。' /> : null}
      {data?.invitations.map((i) => (
        <Card key={i.id}>
          <Text className='t-strong'>
            请您帮忙{i.need} · {i.statusWords}
          </Text>
          <View>
            <Text className='t-body'>
              {i.detail}
              {i.dayWords ? `（${i.dayWords}）` : ''}
            </Text>
          </View>
          <View>
            <Text className='t-body t-muted'>社区 {i.invitedByName} 邀请</Text>
          </View>
          {i.status === 'invited' ? (
            <View>
              <Button kind='primary' label='愿意去' disabled={busy} onPress={() => answer(i.id, true)} />
              <Button label='这次不方便' disabled={busy} onPress={() => answer(i.id, false)} />
            </View>
          ) : null}
        </Card>
      ))}
    </Screen>
  )
}
