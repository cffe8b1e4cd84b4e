// 学习资料: the community's study materials for one cadre, newest first, by kind; those read say 已读.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { MATERIAL_CATEGORIES } from '@cloud/core/categories'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { Choice } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

const ALL = '全部'

export default function StudyList() {
  const params = usePageParams('study')
  const cadreId = params.cadreId
  const [kind, setKind] = useState<string>(ALL)
  const category = MATERIAL_CATEGORIES.find((k) => k === kind)
  const list = usePagedAction('material.list', category ? { cadreId, category } : { cadreId }, 'materials')
  const { data, error, loading } = list
  return (
    <Screen title='学习资料'>
      <Choice label='看哪类资料' options={[ALL, ...MATERIAL_CATEGORIES]} value={kind} onChange={setKind} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && list.items.length === 0 ? <Notice kind='info' text='这类资料还没有。' /> : null}
      {list.items.map((m) => (
        <Card key={m.id} onPress={() => go('material', { id: m.id, cadreId })}>
          <Text className='t-strong'>{m.title}</Text>
          <View>
            <Text className='t-body t-muted'>
              {m.category} · {m.publishedWords} 发布
            </Text>
          </View>
          {m.read ? (
            <View>
              <Text className='t-body'>✔ 已读</Text>
            </View>
          ) : null}
        </Card>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='篇' />
    </Screen>
  )
}
