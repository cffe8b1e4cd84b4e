// 服务卡: what is left to spend in very large digits, what is held for booked visits, and every change in
// plain words. Staff of the community also record money received or given back, and adjust the balance, here.
import { View, Text } from '@tarojs/components'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen, Section } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { AdjustCard, RecordMoney } from './forms'
import './index.css'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function ServiceCard() {
  const params = usePageParams('card')
  const cadreId = params.cadreId
  const list = usePagedAction('card.entries', { cadreId }, 'entries')
  const { data, error, loading, reload } = list
  return (
    <Screen title='服务卡'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <View>
          <Card>
            <Text className='t-body'>还可以用</Text>
            <View>
              <Text className='card-money'>{data.available}</Text>
              <Text className='t-strong'> 元</Text>
            </View>
            {data.heldFen > 0 ? (
              <View>
                <Text className='t-body'>另有 {data.held}&nbsp;元为已约好的服务冻结，服务完成才扣，取消就退回。</Text>
              </View>
            ) : null}
          </Card>
          {params.staff === '1' ? <RecordMoney cadreId={cadreId} onDone={reload} /> : null}
          {params.staff === '1' ? <AdjustCard cadreId={cadreId} onDone={reload} /> : null}
          <Section title='明细'>
            {list.items.length === 0 ? <Notice kind='info' text='还没有明细。' /> : null}
            {list.items.map((e) => (
              <View key={e.id} className='card-entry'>
                <Text className='t-body'>{e.words}</Text>
                <View>
                  <Text className='t-body t-muted'>
                    {e.atWords} · {e.byName}
                  </Text>
                </View>
              </View>
            ))}
            <ListFooter {...list} shown={list.items.length} unit='笔' />
          </Section>
        </View>
      ) : null}
    </Screen>
  )
}
