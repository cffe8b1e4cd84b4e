// 数字: for the bureau, the whole city — every community ranked by the chosen figure (tap one to open it), the
// city's twelve months, this month against the same month last year; for staff, their own community the same
// way. The figures are the kept monthly counts (the minutely job recounts them), so the page is quick at any size.
import { Text, View } from '@tarojs/components'
import { useState, type PropsWithChildren } from 'react'
import type { CityStats, CommunityStats, RankedFigure } from '@cloud/contracts'
import type { ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { Choice } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { MonthField } from '../../../components/pick-field'
import { BarList } from '../../../components/bar-list'
import { dayFromToday } from '../../../days'
import { go, usePageParams } from '../../../routes'
import { FigureChart } from '../chart'
import { FigureSections } from './figures'
import { LedgerExport } from './ledger'
import { ProviderQuality } from './providers'

const monthWords = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5))}月`

type Picked = { month: string; figure: RankedFigure }

export default function Dashboard() {
  const params = usePageParams('stats')
  const thisMonth = dayFromToday().slice(0, 7)
  const [picked, setPicked] = useState<Picked>({ month: thisMonth, figure: 'reportsInTime' })
  return params.scope === 'city' ? (
    <CityDashboard picked={picked} onPick={setPicked} thisMonth={thisMonth} />
  ) : (
    <CommunityDashboard picked={picked} onPick={setPicked} thisMonth={thisMonth} communityId={params.communityId} />
  )
}

interface Props {
  picked: Picked
  onPick: (p: Picked) => void
  thisMonth: string
}

function CityDashboard(props: Props) {
  const { data, error, loading } = useAction('stats.overview', props.picked)
  return (
    <Screen title='全市数字'>
      <MonthBody {...props} data={data} error={error} loading={loading}>
        {data ? (
          <Section title={`各社区的${data.choices.find((c) => c.key === data.figure)?.label ?? ''}（点开看一个社区）`}>
            <BarList
              label='各社区排名'
              unit={data.choices.find((c) => c.key === data.figure)?.unit ?? ''}
              bars={data.communities.map((c) => ({ key: c.id, label: `${c.name}（${c.district}）`, value: c.value }))}
              onOpen={(communityId) => go('stats', { communityId })}
            />
          </Section>
        ) : null}
      </MonthBody>
      <ProviderQuality month={props.picked.month} />
      <LedgerExport month={props.picked.month} whole='全市' />
    </Screen>
  )
}

function CommunityDashboard({ communityId, ...props }: Props & { communityId?: string }) {
  const { data, error, loading } = useAction('stats.community', { ...props.picked, ...(communityId ? { communityId } : {}) })
  return (
    <Screen title={data ? `${data.community.name}数字` : '社区数字'}>
      <MonthBody {...props} data={data} error={error} loading={loading} />
      <ProviderQuality month={props.picked.month} communityId={communityId} />
      <LedgerExport month={props.picked.month} communityId={communityId} whole={data ? data.community.name : '本社区'} />
    </Screen>
  )
}

function MonthBody({
  picked,
  onPick,
  thisMonth,
  data,
  error,
  loading,
  children,
}: PropsWithChildren<Props & { data: CommunityStats | CityStats | null; error: ApiError | null; loading: boolean }>) {
  const { month, figure } = picked
  const choices = data?.choices ?? []
  const chosen = choices.find((c) => c.key === figure)
  const unit = chosen?.unit ?? ''
  const valueWords = (v: number | null) => (v === null ? '没有可比的数' : `${v}${unit === '%' ? '%' : ` ${unit}`}`)
  const setMonth = (m: string) => onPick({ ...picked, month: m })
  return (
    <View>
      <MonthField month={month} thisMonth={thisMonth} yearsBack={3} onChange={setMonth} />
      {choices.length ? (
        <Choice
          label='看哪个指标'
          options={choices.map((c) => c.label)}
          value={chosen?.label ?? ''}
          onChange={(label) => onPick({ ...picked, figure: choices.find((c) => c.label === label)?.key ?? figure })}
        />
      ) : null}
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && data.month === month ? (
        <View>
          <Card>
            <Text className='t-strong'>
              {monthWords(month)}
              {chosen?.label}：{valueWords(data.value)}
            </Text>
            <View>
              <Text className='t-body'>去年同月：{valueWords(data.lastYear)}</Text>
            </View>
            <View>
              <Text className='t-body t-muted'>统计于 {data.countedAtWords}（每隔几分钟重新统计一次）</Text>
            </View>
          </Card>
          {children}
          <Section title={`${chosen?.label ?? ''}十二个月的走势`}>
            <FigureChart
              id='trend'
              kind='line'
              label={`${chosen?.label ?? ''}十二个月的走势`}
              unit={unit}
              points={data.trend.map((t) => ({ key: t.month, label: monthWords(t.month), value: t.value }))}
              compare={{
                name: '前一年同月',
                points: data.trendLastYear.map((t) => ({ key: t.month, label: monthWords(t.month), value: t.value })),
              }}
            />
          </Section>
          <FigureSections f={data.figures} answer={{ p50: data.answerP50Sec, p90: data.answerP90Sec }} urgentP50Min={data.urgentP50Min} />
        </View>
      ) : null}
    </View>
  )
}
