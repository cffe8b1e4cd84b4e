// 验收 and 千分量化: a scheme's items, how an automatic item is scored from the year's figures, how a community's
// score adds up against the pass line, and the 整改 list a community below it must work through. Pure.
import type { MonthFigures } from '../stats/figures.rules'
import { rate } from '../stats/figures.rules'
import { MEASURE_WORDS, type Measure, type SchemeItem, type SchemeShape } from './scheme.rules'

/** Seconds within which an 一键通 call counts as answered in time. */
export const SOS_IN_TIME_SECONDS = 180
/** Days a community has for each 整改 item. */
export const FIX_DAYS = 30

/** How an automatic item is figured from the year's figures so far (`months`: how many months they cover). */
export const MEASURES = {
  reportsInTime: {
    ...MEASURE_WORDS.reportsInTime,
    of: (f: MonthFigures) => rate(f.care.reportsVisitedInTime, f.care.reports),
  },
  tasksDone: {
    ...MEASURE_WORDS.tasksDone,
    of: (f: MonthFigures) => rate(f.care.tasksDone, f.care.tasksDue),
  },
  activitiesPerMonth: {
    ...MEASURE_WORDS.activitiesPerMonth,
    of: (f: MonthFigures, months: number) => Math.round((f.activities.held / Math.max(1, months)) * 10) / 10,
  },
  attendance: {
    ...MEASURE_WORDS.attendance,
    of: (f: MonthFigures) => rate(f.activities.attended, f.activities.signups),
  },
  sosInTime: {
    ...MEASURE_WORDS.sosInTime,
    of: (f: MonthFigures) => rate(f.sos.answerSeconds.filter((s) => s <= SOS_IN_TIME_SECONDS).length, f.sos.alerts),
  },
  satisfaction: {
    ...MEASURE_WORDS.satisfaction,
    of: (f: MonthFigures) => rate(f.services.stars[3] + f.services.stars[4], f.services.rated),
  },
  studyAtHome: {
    ...MEASURE_WORDS.studyAtHome,
    of: (f: MonthFigures) => f.study.deliveredHome,
  },
  pairingOnCadence: {
    ...MEASURE_WORDS.pairingOnCadence,
    of: (f: MonthFigures) => rate(f.pairing.onCadence, f.pairing.due),
  },
  voicesInTime: {
    ...MEASURE_WORDS.voicesInTime,
    of: (f: MonthFigures) => rate(f.voices.closedInTime, f.voices.closed + f.voices.overdue),
  },
} satisfies Record<Measure, { words: string; unit: string; of: (f: MonthFigures, months: number) => number | null }>

const round1 = (n: number) => Math.round(n * 10) / 10

/** An automatic item's figure and score: full at the target, in proportion below; nothing to measure: full points. */
export function autoScore(item: SchemeItem, figures: MonthFigures, months: number): { value: number | null; score: number; words: string } {
  const auto = item.auto!
  const m = MEASURES[auto.measure]
  const value = m.of(figures, months)
  if (value === null) return { value, score: item.points, words: `${m.words}：今年还没有可算的，按满分` }
  const score = round1(item.points * Math.min(1, value / auto.target))
  return { value, score, words: `${m.words} ${value}${m.unit}（要求 ${auto.target}${m.unit}）` }
}

export const passLine = (s: Pick<SchemeShape, 'total' | 'passPercent'>) => round1((s.total * s.passPercent) / 100)

/** The community's total: automatic items as figured, the others as the bureau scored them (unscored: none yet). */
export function totalOf(items: readonly SchemeItem[], scores: Record<string, number | undefined>): number | null {
  let total = 0
  for (const item of items) {
    const s = scores[item.id]
    if (s === undefined) return null
    total += s
  }
  return round1(total)
}

/** What a community below the line must put right: every item short of full points, due in FIX_DAYS days. */
export function fixesFor(items: readonly SchemeItem[], scores: Record<string, number>, comments: Record<string, string | undefined>) {
  return items
    .filter((i) => scores[i.id] < i.points)
    .map((i) => ({
      itemId: i.id,
      text: `${i.text}（得 ${scores[i.id]} 分，满分 ${i.points} 分）${comments[i.id] ? `：${comments[i.id]}` : ''}`,
    }))
}

/** Items of a total/pass line that add up: the points of the items are the scheme's total. */
export const itemsProblem = (s: { total: number; items: readonly { points: number }[] }) => {
  const sum = round1(s.items.reduce((n, i) => n + i.points, 0))
  return sum === s.total ? null : `各项分数加起来是 ${sum} 分，要等于总分 ${s.total} 分`
}

/** The default 100-point scheme, modelled on the 四就近 acceptance standard in the reports; the bureau edits a copy. */
export const DEFAULT_SCHEME: SchemeShape = {
  name: '四就近服务社区验收标准',
  total: 100,
  passPercent: 85,
  items: [
    { id: 'i1', group: '就近学习', text: '每月组织集中学习，学习资料及时发到老同志手中，有学习台帐', points: 10 },
    { id: 'i2', group: '就近学习', text: '行动不便的老同志送学上门', points: 5, auto: { measure: 'studyAtHome', target: 12 } },
    { id: 'i3', group: '就近活动', text: '每月开展活动不少于 2 场', points: 15, auto: { measure: 'activitiesPerMonth', target: 2 } },
    { id: 'i4', group: '就近活动', text: '活动到场率不低于 80%', points: 5, auto: { measure: 'attendance', target: 80 } },
    { id: 'i5', group: '就近关心照顾', text: '五必访按规定天数走访不低于 95%', points: 15, auto: { measure: 'reportsInTime', target: 95 } },
    { id: 'i6', group: '就近关心照顾', text: '逢五排十祝寿、节日走访全部完成', points: 10, auto: { measure: 'tasksDone', target: 100 } },
    { id: 'i7', group: '就近关心照顾', text: '一键通 3 分钟内响应不低于 90%', points: 10, auto: { measure: 'sosInTime', target: 90 } },
    { id: 'i8', group: '就近关心照顾', text: '上门服务满意率不低于 90%', points: 10, auto: { measure: 'satisfaction', target: 90 } },
    { id: 'i9', group: '就近发挥作用', text: '老同志参与志愿服务、银发人才发挥作用有记录、有照片', points: 10 },
    { id: 'i10', group: '组织保障', text: '有专人负责，六室一站按时开放，台帐齐全', points: 5 },
    { id: 'i11', group: '组织保障', text: '意见建议按时办结率不低于 90%', points: 5, auto: { measure: 'voicesInTime', target: 90 } },
  ],
}
