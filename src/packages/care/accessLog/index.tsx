// 敏感信息查看记录 (the bureau): who read whose health data or ID number, which fields, when and where — newest
// first, for one cadre or for everyone.
import { View, Text } from '@tarojs/components'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { Card } from '../../../components/card'
import { Loading } from '../../../components/notice'
import { ListCount, ListFooter } from '../../../components/list-footer'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function AccessLog() {
  const cadreId = usePageParams('accessLog').cadreId || undefined
  const log = usePagedAction('care.accessLog', cadreId ? { cadreId } : {}, 'entries')
  const { data, error, loading } = log
  return (
    <Screen title='敏感信息查看记录'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <View>
          <ListCount total={log.total} what='查看记录（新的在前）' />
          {log.items.map((e) => (
            <Card key={e.id}>
              <Text className='t-strong'>
                {e.atWords} {e.actorName}（{e.actorRole}）
              </Text>
              <View>
                <Text className='t-body'>
                  看了{e.cadreName}的{e.fields.join('、')}
                </Text>
              </View>
              <View>
                <Text className='t-body t-muted'>在：{e.via}</Text>
              </View>
            </Card>
          ))}
          <ListFooter {...log} shown={log.items.length} />
        </View>
      ) : null}
    </Screen>
  )
}
