// The community roster for staff: search by name, open a cadre, register a new one.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { CadreCard } from '../../../components/cadre-card'
import { Loading, Notice } from '../../../components/notice'

export default function Roster() {
  const [keyword, setKeyword] = useState('')
  const [query, setQuery] = useState('')
  const { data, error, loading } = useAction('cadre.list', query ? { keyword: query } : {})
  return (
    <Screen title='老干部名册'>
      <Field label='按姓名查找' value={keyword} onInput={setKeyword} placeholder='输入姓名中的字' maxlength={20} />
      <View className='row'>
        <Button kind='primary' label='查找' onPress={() => setQuery(keyword.trim())} />
        <Button label='登记新老干部' onPress={() => void Taro.navigateTo({ url: '/packages/staff/register/index' })} />
      </View>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data ? <Text className='t-body t-muted'>共 {data.total} 人</Text> : null}
      {data?.cadres.map((c) => (
        <CadreCard key={c.id} cadre={c} forStaff />
      ))}
    </Screen>
  )
}
