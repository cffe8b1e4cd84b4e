// What the charts are asked to draw: the same numbers as the table, words large enough, nothing said by colour alone.
import { chartOptions, chartWords, tableRows } from '../../../../../../src/packages/stats/chart/options'

const frame = { width: 700, height: 480, pixelRatio: 2, scale: 1 }
const months = [
  { key: '2026-10', label: '2026年10月', value: 12 },
  { key: '2026-11', label: '2026年11月', value: 30 },
  { key: '2026-12', label: '2026年12月', value: 21 },
]
type Series = { name?: string; data: unknown; formatter: (v: unknown, i?: number) => string }

it('writes text no smaller than 18 px at the standard setting and larger in elder mode', () => {
  expect(chartOptions('line', months, '人', frame).fontSize).toBe(18)
  expect(chartOptions('line', months, '人', { ...frame, scale: 1.25 }).fontSize).toBe(23)
})

it('writes the latest and the highest number on a line, with its unit, and names the months shortly', () => {
  const o = chartOptions('line', months, '人', frame) as { categories: string[]; series: Series[] }
  expect(o.categories).toEqual(['10月', '11月', '12月'])
  const [line] = o.series
  expect(months.map((m, i) => line.formatter(m.value, i))).toEqual(['', '30 人', '21 人'])
})

it('draws each service with a share as a slice, naming it and its number beside it where there is room, in the legend where not', () => {
  const services = [
    { key: 'haircut', label: '上门理发', value: 3 },
    { key: 'repair', label: '家电维修/管道疏通', value: 1 },
    { key: 'meals', label: '助餐送餐', value: 0 },
  ]
  const wide = chartOptions('pie', services, '单', { ...frame, width: 1600 }) as { dataLabel: boolean; series: Series[] }
  expect(wide.dataLabel).toBe(true)
  expect(wide.series.map((s) => [s.name, s.data, s.formatter(0)])).toEqual([
    ['上门理发', 3, '上门理发 3 单'],
    ['家电维修/管道疏通', 1, '家电维修… 1 单'],
  ])
  const narrow = chartOptions('pie', services, '单', { ...frame, scale: 1.25 }) as { dataLabel: boolean; series: Series[] }
  expect(narrow.dataLabel).toBe(false)
  expect(narrow.series.map((s) => [s.name, s.data])).toEqual([
    ['上门理发 3 单', 3],
    ['家电维修/管道疏通 1 单', 1],
  ])
})

it('tells a screen reader every number, saying so where there is none', () => {
  expect(chartWords('走访次数', [...months, { key: '2027-01', label: '2027年1月', value: null }], '次')).toBe(
    '走访次数：2026年10月 12 次，2026年11月 30 次，2026年12月 21 次，2027年1月 没有数',
  )
})

it('holds the months against the same months a year before: a dashed line without numbers, and both in the table', () => {
  const before = { name: '前一年同月', points: months.map((m, i) => ({ ...m, key: `x${i}`, value: i === 0 ? null : 10 })) }
  const o = chartOptions('line', months, '次', frame, before) as { series: (Series & { lineType?: string; pointShape: string })[] }
  expect(o.series.map((s) => [s.name, s.lineType ?? 'solid', s.pointShape])).toEqual([
    ['这 12 个月', 'solid', 'circle'],
    ['前一年同月', 'dash', 'square'],
  ])
  expect(o.series[1].data).toEqual([null, 10, 10])
  expect(o.series[1].formatter(10, 1)).toBe('')
  expect(tableRows(months, '次', before).map((r) => r.words)).toEqual([
    '12 次（前一年同月 —）',
    '30 次（前一年同月 10 次）',
    '21 次（前一年同月 10 次）',
  ])
})

it('names only as many months under the line as fit at the text size, counting back from the latest', () => {
  const year = Array.from({ length: 12 }, (_, i) => ({ key: `m${i}`, label: `2026年${i + 1}月`, value: i }))
  const named = (scale: number) => {
    const o = chartOptions('line', year, '次', { ...frame, scale }) as { xAxis: { formatter: (l: string, i: number) => string } }
    return year.map((_m, i) => o.xAxis.formatter(`${i + 1}月`, i)).filter(Boolean)
  }
  expect(named(1)).toEqual(['2月', '4月', '6月', '8月', '10月', '12月'])
  expect(named(2)).toEqual(['4月', '8月', '12月'])
})
