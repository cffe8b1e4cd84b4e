// The roster: search by name, narrow by age, living alone, party membership or phone, open a cadre; staff register a
// new one or bring many from a spreadsheet; the roster as it is filtered goes out as an Excel file.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { usePagedAction } from '../../../api/usePagedAction'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { CadreCard } from '../../../components/cadre-card'
import { Loading, Notice } from '../../../components/notice'
import { ListCount, ListFooter } from '../../../components/list-footer'
import { go } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { fetchFile } from '../../../api/upload'
import { Transfers } from './transfers'

/** The filters chosen, without the ones left at 不限. */
const defined = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> }

const AGE = { 全部年龄: undefined, '70岁以上': '70', '80岁以上': '80', '90岁以上': '90', '100岁以上': '100' } as const
const ALONE = { 不限: undefined, 独居: true, 不独居: false } as const
const PARTY = { 不限: undefined, 党员: true, 非党员: false } as const
const PHONE = { 不限: undefined, 有手机: true, 没有手机: false } as const

export default function Roster() {
  const [keyword, setKeyword] = useState('')
  const [query, setQuery] = useState('')
  const [age, setAge] = useState<keyof typeof AGE>('全部年龄')
  const [alone, setAlone] = useState<keyof typeof ALONE>('不限')
  const [party, setParty] = useState<keyof typeof PARTY>('不限')
  const [phone, setPhone] = useState<keyof typeof PHONE>('不限')
  const [community, setCommunity] = useState<string | null>(null)
  const communities = useAction('community.list', {}).data?.communities ?? []
  const communityId = communities.find((c) => c.name === community)?.id
  const filters = defined({ ageBand: AGE[age], livesAlone: ALONE[alone], partyMember: PARTY[party], hasPhone: PHONE[phone], communityId })
  const roster = usePagedAction('cadre.list', { ...filters, ...(query ? { keyword: query } : {}) }, 'cadres')
  const { data, error, loading } = roster
  const { result, busy, submit } = useSubmit()
  const exportShown = () =>
    void submit(
      async () => {
        const file = await call('roster.export', filters)
        await fetchFile(file.fileName, file.url)
        return file
      },
      (file) => `已导出 ${file.count} 位老人：“${file.fileName}”`,
    )
  return (
    <Screen title='老干部名册'>
      <Field label='按姓名查找' value={keyword} onInput={setKeyword} placeholder='输入姓名中的字' maxlength={20} />
      <View className='row'>
        <Button kind='primary' label='查找' onPress={() => setQuery(keyword.trim())} />
        {data?.mayRegister ? <Button label='登记新老干部' onPress={() => go('register')} /> : null}
        {data?.mayRegister ? <Button label='从表格导入' hint='一次登记很多位' onPress={() => go('rosterImport')} /> : null}
        {data?.mayRegister ? <Button label='网格与分片包干' hint='谁负责哪几条街' onPress={() => go('grids')} /> : null}
      </View>
      {/* The bureau reads every community's roster: one at a time, or the whole city. */}
      {data && !data.mayRegister ? (
        <Choice
          label='社区'
          options={['全市', ...communities.map((c) => c.name)]}
          value={community ?? '全市'}
          onChange={(c) => setCommunity(c === '全市' ? null : c)}
        />
      ) : null}
      <Choice label='年龄' options={Object.keys(AGE) as (keyof typeof AGE)[]} value={age} onChange={setAge} />
      <Choice label='独居' options={Object.keys(ALONE) as (keyof typeof ALONE)[]} value={alone} onChange={setAlone} />
      <Choice label='党员' options={Object.keys(PARTY) as (keyof typeof PARTY)[]} value={party} onChange={setParty} />
      <Choice label='手机' options={Object.keys(PHONE) as (keyof typeof PHONE)[]} value={phone} onChange={setPhone} />
      <Button label='导出名册（Excel）' hint='按上面选的条件' disabled={busy} onPress={exportShown} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data?.mayRegister ? <Transfers onAccepted={() => void roster.reload()} /> : null}
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
