// The community roster for staff: search by name, open a cadre, register a new one.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { CadreCard } from '../../../components/cadre-card'
import { Loading } from '../../../components/notice'
import { ListCount, ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function Roster() {
  const [keyword, setKeyword] = useState('')
  const [query, setQuery] = useState('')
  const roster = usePagedAction('cadre.list', query ? { keyword: query } : {}, 'cadres')
  const { data, error, loading } = roster
  return (
    <Screen title='老干部名册'>
      <Field label='按姓名查找' value={keyword} onInput={setKeyword} placeholder='输入姓名中的字' maxlength={20} />
      <View className='row'>
        <Button kind='primary' label='查找' onPress={() => setQuery(keyword.trim())} />
        {data?.mayRegister ? <Button label='登记新老干部' onPress={() => go('register')} /> : null}
      </View>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? <ListCount total={roster.total} unit='位' what={query ? `名字里有“${query}”的老人` : '老人'} /> : null}
      {roster.items.map((c) => (
        <CadreCard key={c.id} cadre={c} forStaff />
      ))}
      <ListFooter {...roster} shown={roster.items.length} unit='位' />
    </Screen>
  )
}
