import { overdueReasons, recentVisits } from '../../../../cloudfunctions/lib/features/pairing/rules'

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
