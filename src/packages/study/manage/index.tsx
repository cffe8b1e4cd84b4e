// 学习资料管理 (staff): what the community has published, and what the bureau sent it (to read, not change), with
// how many of its cadres have read each; publish more. The bureau sees and publishes its own, for every community.
import { View, Text } from '@tarojs/components'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { BigButton, Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function ManageMaterials() {
  const list = usePagedAction('material.manage', {}, 'materials')
  const { data, error, loading } = list
  return (
    <Screen title='学习资料'>
      <BigButton label='发布资料' onPress={() => go('studyEdit')} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && list.items.length === 0 ? <Notice kind='info' text='还没有发布资料。' /> : null}
      {list.items.map((m) => (
        <Card key={m.id}>
          <Text className='t-strong'>
            {m.fromBureau ? '【局里发的】' : ''}
            {m.title}
          </Text>
          <View>
            <Text className='t-body'>
              {m.category} · {m.publishedWords} · {m.readers ?? 0} 位老人读过
            </Text>
          </View>
          {m.fromBureau ? null : <Button label='修改' onPress={() => go('studyEdit', { id: m.id })} />}
        </Card>
      ))}
      <ListFooter {...list} shown={list.items.length} unit='篇' />
    </Screen>
  )
}
