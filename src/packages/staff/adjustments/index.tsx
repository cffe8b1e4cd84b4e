// 服务卡调整审批: adjustments of the community waiting for a second staff member, then the recently decided.
// The one who asked sees their own as waiting; anyone else may approve or send it back.
import { View, Text } from '@tarojs/components'
import type { CardAdjustmentView } from '@cloud/contracts'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'

const STATUS = { pending: '等待审批', approved: '已批准，已记入服务卡', rejected: '已退回' } as const

export default function Adjustments() {
  const list = usePagedAction('card.adjustments', {}, 'adjustments')
  const { data, error, loading, reload } = list
  const { result, busy, submit } = useSubmit(reload)
  const decide = (a: CardAdjustmentView, approve: boolean) =>
    void submit(
      () => call('card.decide', { adjustmentId: a.id, approve }),
      () => `${a.cadreName} ${a.amountWords}：${approve ? '已批准' : '已退回'}`,
    )
  return (
    <Screen title='服务卡调整审批'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data && list.items.length === 0 ? <Notice kind='info' text='没有调整申请。' /> : null}
      {list.items.map((a) => (
        <Card key={a.id}>
          <Text className='t-strong'>
            {a.cadreName} {a.amountWords}
          </Text>
          <View>
            <Text className='t-body'>原因：{a.reason}</Text>
          </View>
          <View>
            <Text className='t-body t-muted'>
              {a.requestedByName} {a.atWords} 申请 · {STATUS[a.status]}
              {a.decidedByName && a.status !== 'pending' ? `（${a.decidedByName}）` : ''}
            </Text>
          </View>
          {a.canDecide ? (
            <View>
              <Button kind='primary' label='批准' disabled={busy} onPress={() => decide(a, true)} />
              <Button label='退回' disabled={busy} onPress={() => decide(a, false)} />
            </View>
          ) : null}
          {a.status === 'pending' && !a.canDecide ? (
            <View>
              <Text className='t-body t-muted'>这是您申请的，要由另一位工作人员审批。</Text>
            </View>
          ) : null}
        </Card>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='笔' />
    </Screen>
  )
}
