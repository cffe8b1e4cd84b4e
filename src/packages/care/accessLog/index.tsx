// 敏感信息查看记录 (the bureau): who read whose health data or ID number, which fields, when and where — newest
// first, for one cadre or for everyone.
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'

const PAGE = 50

export default function AccessLog() {
  const cadreId = useRouter().params.cadreId
  const [offset, setOffset] = useState(0)
  const { data, error, loading } = useAction('care.accessLog', { ...(cadreId ? { cadreId } : {}), ...(offset ? { offset } : {}) })
  return (
    <Screen title='敏感信息查看记录'>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data ? (
        <View>
          <Notice
            kind='info'
            text={`共 ${data.total} 条${data.total > PAGE ? `，这是第 ${offset + 1}–${offset + data.entries.length} 条` : ''}`}
          />
          {data.entries.map((e) => (
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
          {offset > 0 ? <Button label='前一页' onPress={() => setOffset(Math.max(0, offset - PAGE))} /> : null}
          {offset + PAGE < data.total ? <Button label='后一页' onPress={() => setOffset(offset + PAGE)} /> : null}
        </View>
      ) : null}
    </Screen>
  )
}
