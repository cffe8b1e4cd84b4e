// 考核 (staff and the bureau): this year's schemes, each with the communities ranked by their reviewed score (staff
// see their own line), and the years before; the bureau sets up a scheme from the default 100-point standard.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, Choice } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { go } from '../../../routes'
import { ExportButton } from '../../../components/export-button'
import { call } from '../../../api'

export default function Assessments() {
  // This year is the server's (its clock); the two before it may be chosen.
  const [year, setYear] = useState<string | null>(null)
  const { data, error, loading } = useAction('assessment.results', year ? { year: Number(year) } : {})
  const [thisYear, setThisYear] = useState<number | null>(null)
  if (data && thisYear === null && !year) setThisYear(data.year)
  const years = thisYear ? [thisYear, thisYear - 1, thisYear - 2].map(String) : []
  const me = useAction('me.get', {})
  const bureau = me.data?.me.activeRole === 'admin'
  return (
    <Screen title='考核与满意度'>
      {years.length ? <Choice label='年度' options={years} value={year ?? years[0]} onChange={setYear} /> : null}
      {bureau ? <BigButton label='新建考核方案' hint='照默认的 100 分标准改，或改成千分制' onPress={() => go('schemeEdit')} /> : null}
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && data.schemes.length === 0 ? <Notice kind='info' text={`${data.year} 年还没有考核方案。`} /> : null}
      {data?.schemes.map((s) => (
        <Section key={s.id} title={s.name}>
          <Text className='t-body t-muted'>
            满分 {s.total} 分，{s.passLine} 分达标，命名“四就近服务社区”
          </Text>
          {s.rows.map((r) => (
            <Card
              key={r.communityId}
              onPress={() => go('assessment', { schemeId: s.id, ...(bureau ? { communityId: r.communityId } : {}) })}
            >
              <Text className='t-strong'>
                {r.rank ? `第 ${r.rank} 名 ` : ''}
                {r.communityName}
              </Text>
              <View>
                <Text className='t-body'>
                  {r.score === null ? r.statusWords : `${r.score} 分 · ${r.passed ? '✔ 达标' : '⚠ 没有达标，要整改'}`}
                </Text>
              </View>
              <View>
                <Text className='t-body t-muted'>{bureau ? '点这里看各项得分、评审' : '点这里自评、交给局里、看整改'}</Text>
              </View>
            </Card>
          ))}
          {bureau ? <Button label='修改这个方案' onPress={() => go('schemeEdit', { id: s.id })} /> : null}
        </Section>
      ))}
      {data && data.history.length ? (
        <Section title='历年结果'>
          {data.history.map((h) => (
            <Text key={`${h.year}${h.schemeName}`} className='t-body' style={{ display: 'block' }}>
              {h.year} 年 {h.schemeName}：{h.score === null ? h.statusWords : `${h.score} 分${h.passed ? '，达标' : '，没有达标'}`}
            </Text>
          ))}
        </Section>
      ) : null}
      {data && data.schemes.length ? (
        <ExportButton
          label='导出评分表（Excel）'
          hint='每个方案一张表：名次、总分、每一项的得分'
          make={() => call('assessment.export', { year: data.year })}
          said={(file) => `已导出“${file.fileName}”：${file.schemes} 个方案`}
        />
      ) : null}
      <Button label='问卷调查和满意率' hint='发问卷、看各社区的满意率' onPress={() => go('surveys')} />
    </Screen>
  )
}
