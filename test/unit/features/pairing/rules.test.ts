import { overdueReasons, recentVisits, keptCadenceIn } from '../../../../cloudfunctions/lib/features/pairing/rules'

const today = '2026-11-24'

it('gives a new pair a week to make contact and a month to make its visits', () => {
  expect(overdueReasons({ startedOn: '2026-11-20', visitDays: [] }, today)).toEqual([])
  expect(overdueReasons({ startedOn: '2026-11-17', visitDays: [] }, today)).toEqual(['一周多没有联系'])
})

it('is overdue after more than seven days without contact', () => {
  const pair = { startedOn: '2026-11-01', visitDays: [] }
  expect(overdueReasons({ ...pair, lastContactDay: '2026-11-18' }, today)).toEqual([])
  expect(overdueReasons({ ...pair, lastContactDay: '2026-11-17' }, today)).toEqual(['一周多没有联系'])
})

it('is overdue with fewer than three visits in the last thirty days', () => {
  const pair = { startedOn: '2026-09-01', lastContactDay: '2026-11-23' }
  expect(overdueReasons({ ...pair, visitDays: ['2026-10-26', '2026-11-10', '2026-11-23'] }, today)).toEqual([])
  expect(overdueReasons({ ...pair, visitDays: ['2026-10-25', '2026-11-10', '2026-11-23'] }, today)).toEqual([
    '近 30 天只走访了 2 次（至少 3 次）',
  ])
  expect(recentVisits(['2026-10-25', '2026-10-26'], today)).toEqual(['2026-10-26'])
})

describe('keeping the cadence over a month', () => {
  const weekly = (days: string[], kind = '联系') => days.map((day) => ({ kind, day }))
  const visits = weekly(['2026-11-03', '2026-11-13', '2026-11-23'], '走访')

  it('is kept with a call or visit every week and three visits in a whole month', () => {
    const calls = weekly(['2026-11-07', '2026-11-18', '2026-11-28'])
    expect(keptCadenceIn('2026-11', '2025-01-01', [...visits, ...calls], '2026-12-05')).toBe(true)
  })

  it('is not kept with a week and more without a word, or with a visit too few', () => {
    expect(keptCadenceIn('2026-11', '2025-01-01', visits, '2026-12-05')).toBe(false)
    const onlyCalls = weekly(['2026-11-03', '2026-11-08', '2026-11-13', '2026-11-18', '2026-11-23', '2026-11-28'])
    expect(keptCadenceIn('2026-11', '2025-01-01', [...onlyCalls, ...visits.slice(0, 2)], '2026-12-05')).toBe(false)
  })

  it('asks a pair started mid-month, or a month under way, only for its share, and nothing of a pair under a week old', () => {
    const lateStarter = [...weekly(['2026-11-22'], '走访'), ...weekly(['2026-11-27'])]
    expect(keptCadenceIn('2026-11', '2026-11-20', lateStarter, '2026-12-05')).toBe(true)
    expect(keptCadenceIn('2026-12', '2025-01-01', weekly(['2026-12-04'], '走访'), '2026-12-10')).toBe(true)
    expect(keptCadenceIn('2026-12', '2025-01-01', [], '2026-12-10')).toBe(false)
    expect(keptCadenceIn('2026-11', '2026-11-26', [], '2026-12-05')).toBeNull()
  })
})
