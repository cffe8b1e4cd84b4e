// The default 100-point scheme scored on a scripted year: each automatic item from its figure (full at the target,
// in proportion below, full when there was nothing to measure), the bureau's evidence scores added, the pass line
// at 85, and the 整改 list of every item short of full points when below it.
import {
  autoScore,
  DEFAULT_SCHEME,
  fixesFor,
  itemsProblem,
  passLine,
  totalOf,
} from '../../../../cloudfunctions/lib/features/assessment/rules'
import { figuresOf, NO_SOURCES, type MonthFigures } from '../../../../cloudfunctions/lib/features/stats/figures.rules'

const NOW = new Date('2026-12-20T10:00:00+08:00')

/** A year of a community, as its monthly figures add up by December. */
function scriptedYear(): MonthFigures {
  const f = figuresOf('2026-12', NO_SOURCES, NOW)
  f.care.reports = 20
  f.care.reportsVisitedInTime = 19
  f.care.tasksDue = 10
  f.care.tasksDone = 9
  f.activities.held = 18
  f.activities.signups = 100
  f.activities.attended = 80
  f.sos.alerts = 10
  f.sos.answerSeconds = [30, 45, 60, 60, 90, 100, 120, 150, 170, 400]
  f.services.rated = 10
  f.services.stars = [0, 1, 1, 3, 5]
  f.study.deliveredHome = 6
  f.voices.closed = 10
  f.voices.closedInTime = 10
  return f
}

const autoScores = (f: MonthFigures) =>
  Object.fromEntries(DEFAULT_SCHEME.items.filter((i) => i.auto).map((i) => [i.id, autoScore(i, f, 12).score]))

it('adds up to its total of 100 with a pass line of 85', () => {
  expect(itemsProblem(DEFAULT_SCHEME)).toBeNull()
  expect(passLine(DEFAULT_SCHEME)).toBe(85)
  expect(passLine({ total: 1000, passPercent: 85 })).toBe(850)
  expect(itemsProblem({ total: 100, items: DEFAULT_SCHEME.items.slice(1) })).toBe('各项分数加起来是 90 分，要等于总分 100 分')
})

it('scores each automatic item from the scripted year', () => {
  expect(autoScores(scriptedYear())).toEqual({
    i2: 2.5, // 6 送学上门 of 12 → half of 5
    i3: 11.3, // 1.5 activities a month of 2 → 15 × 0.75
    i4: 5, // 80% attendance, the target
    i5: 15, // 95% of 五必访 in time, the target
    i6: 9, // 90% of 逢五排十 and festival visits
    i7: 10, // 9 of 10 calls within 3 minutes
    i8: 8.9, // 80% rated 4–5 stars of 90% → 10 × 0.889
    i11: 5, // every 意见建议 finished in time
  })
  const [studyAtHome] = DEFAULT_SCHEME.items.filter((i) => i.id === 'i2')
  expect(autoScore(studyAtHome, scriptedYear(), 12).words).toBe('送学上门 6次（要求 12次）')
  // A year without a single call: nothing to measure, full points, and said so.
  const quiet = figuresOf('2026-12', NO_SOURCES, NOW)
  const sos = DEFAULT_SCHEME.items.find((i) => i.id === 'i7')!
  expect(autoScore(sos, quiet, 12)).toEqual({ value: null, score: 10, words: '一键通 3 分钟内响应率：今年还没有可算的，按满分' })
})

it('waits for the bureau on the evidence items, passes at 85 and lists 整改 below it', () => {
  const auto = autoScores(scriptedYear())
  expect(totalOf(DEFAULT_SCHEME.items, auto)).toBeNull()
  const good = { ...auto, i1: 10, i9: 8, i10: 5 }
  expect(totalOf(DEFAULT_SCHEME.items, good)).toBe(89.7)
  expect(totalOf(DEFAULT_SCHEME.items, good)! >= passLine(DEFAULT_SCHEME)).toBe(true)

  const poor = { ...auto, i1: 5, i9: 5, i10: 3 }
  expect(totalOf(DEFAULT_SCHEME.items, poor)).toBe(79.7)
  const fixes = fixesFor(DEFAULT_SCHEME.items, poor, { i9: '志愿服务没有照片' })
  expect(fixes.map((f) => f.itemId)).toEqual(['i1', 'i2', 'i3', 'i6', 'i8', 'i9', 'i10'])
  expect(fixes.find((f) => f.itemId === 'i9')?.text).toBe(
    '老同志参与志愿服务、银发人才发挥作用有记录、有照片（得 5 分，满分 10 分）：志愿服务没有照片',
  )
})
