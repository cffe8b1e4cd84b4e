// A month in figures from a handful of documents whose answer is known by heart.
import {
  addFigures,
  figuresOf,
  NO_SOURCES,
  monthRange,
  percentile,
  previousMonth,
  rate,
  RANKED_FIGURES,
  type MonthSources,
} from '../../../../cloudfunctions/lib/features/stats/figures.rules'

const NOW = new Date('2026-12-20T10:00:00+08:00')
const at = (s: string) => new Date(`${s}+08:00`)
const staff = { name: '社区值班人员', to: [] }
const family = { name: '家属', to: [] }

const SOURCES: MonthSources = {
  ...NO_SOURCES,
  cadres: [
    { category: '离休', rank: '副县级以上', birthDate: '1930-01-01', livesAlone: true, partyMember: true },
    { category: '退休', rank: '一般', birthDate: '1950-06-01', livesAlone: false, partyMember: false, status: 'hospital' },
    {
      category: '退休',
      rank: '一般',
      birthDate: '1940-06-01',
      livesAlone: false,
      partyMember: true,
      status: 'deceased',
      diedOn: '2026-12-03',
      history: [
        { at: at('2026-11-20T09:00:00'), by: 's', byName: '陈静', what: '修改信息', changes: [] },
        { at: at('2026-12-03T18:00:00'), by: 's', byName: '陈静', what: '改为“去世”', changes: [] },
      ],
    },
  ],
  bookings: [
    {
      serviceKey: 'meals',
      serviceName: '送餐',
      status: 'rated',
      urgent: false,
      rating: { stars: 5 },
      providerId: 'p1',
      providerName: '周兰',
    },
    {
      serviceKey: 'meals',
      serviceName: '送餐',
      status: 'rated',
      urgent: false,
      rating: { stars: 2 },
      providerId: 'p1',
      providerName: '周兰',
    },
    {
      serviceKey: 'repair',
      serviceName: '维修',
      status: 'no_show',
      urgent: true,
      providerId: 'p2',
      providerName: '何芳',
      createdAt: at('2026-12-05T08:00:00'),
      history: [{ status: 'assigned', by: 's', byName: '陈静', at: at('2026-12-05T08:25:00') }],
    },
    { serviceKey: 'repair', serviceName: '维修', status: 'cancelled', urgent: false },
    { serviceKey: 'study', serviceName: '送学上门', status: 'completed', urgent: false },
  ],
  ledger: [
    { kind: 'issue', amountFen: 120000 },
    { kind: 'capture', amountFen: -3000 },
    { kind: 'hold', amountFen: -3000 },
    { kind: 'refund', amountFen: 500 },
  ],
  tasks: [
    { kind: '住院', dueDay: '2026-12-05', status: 'done', doneAt: at('2026-12-04T15:00:00'), createdAt: at('2026-12-02T09:00:00') },
    { kind: '大事', dueDay: '2026-12-10', status: 'done', doneAt: at('2026-12-12T15:00:00'), createdAt: at('2026-12-07T09:00:00') },
    { kind: '祝寿', dueDay: '2026-12-18', status: 'open', createdAt: at('2026-12-01T08:00:00') },
    { kind: '节日走访', dueDay: '2026-12-30', status: 'open', createdAt: at('2026-12-01T08:00:00') },
  ],
  visits: [{ day: '2026-12-04' }, { day: '2026-12-12' }],
  sos: [
    { at: at('2026-12-01T10:00:00'), acknowledgedAt: at('2026-12-01T10:01:00'), tiers: [family, staff], notifiedTier: 0 },
    { at: at('2026-12-02T10:00:00'), acknowledgedAt: at('2026-12-02T10:04:00'), tiers: [family, staff], notifiedTier: 1 },
    { at: at('2026-12-03T10:00:00'), outcome: '误按，老人没事', tiers: [staff], notifiedTier: 0 },
  ],
  activities: [
    { _id: 'a1', category: '党组织生活', startAt: at('2026-12-10T09:00:00'), status: 'open' },
    { _id: 'a2', category: '文体', startAt: at('2026-12-28T09:00:00'), status: 'open' },
    { _id: 'a3', category: '文体', startAt: at('2026-12-11T09:00:00'), status: 'cancelled' },
  ],
  signups: [
    { activityId: 'a1', status: 'confirmed', attended: true },
    { activityId: 'a1', status: 'confirmed', attended: false },
    { activityId: 'a1', status: 'cancelled' },
    { activityId: 'a2', status: 'confirmed' },
  ],
  materials: [{ publishedAt: at('2026-12-01T08:00:00') }],
  reads: [{ at: at('2026-12-02T08:00:00') }, { at: at('2026-12-03T08:00:00') }],
  contributions: [{ status: 'approved' }, { status: 'pending' }],
  voices: [
    // A complaint about 周兰 finished in time and rated; an opinion finished late; a suggestion open past its day
    // (taken over by the bureau); one not due yet.
    {
      kind: '投诉',
      status: 'closed',
      dueAt: at('2026-12-05T10:00:00'),
      closedAt: at('2026-12-04T10:00:00'),
      providerId: 'p1',
      providerName: '周兰',
      rating: { stars: 4, at: at('2026-12-04T12:00:00') },
    },
    { kind: '意见', status: 'closed', dueAt: at('2026-12-08T10:00:00'), closedAt: at('2026-12-09T10:00:00') },
    { kind: '建议', status: 'handling', dueAt: at('2026-12-15T10:00:00'), takenOverByName: '局里' },
    { kind: '建议', status: 'new', dueAt: at('2026-12-28T10:00:00') },
  ],
  accounts: [{ balanceFen: 50000 }, { balanceFen: 12345 }],
  pairs: [
    // Behind: nothing since the 9th. Kept: a call or visit every week and two visits in twenty days. New this week:
    // not yet due. Ended: not counted.
    { _id: 'behind', active: true, startedOn: '2026-01-01' },
    { _id: 'kept', active: true, startedOn: '2025-06-01' },
    { _id: 'new', active: true, startedOn: '2026-12-16' },
    { _id: 'ended', active: false, startedOn: '2025-01-01' },
  ],
  pairLogs: [
    { pairId: 'behind', kind: '联系', day: '2026-12-02' },
    { pairId: 'behind', kind: '走访', day: '2026-12-09' },
    { pairId: 'behind', kind: '联系', day: '2026-11-30' },
    { pairId: 'kept', kind: '走访', day: '2026-12-03' },
    { pairId: 'kept', kind: '联系', day: '2026-12-08' },
    { pairId: 'kept', kind: '走访', day: '2026-12-14' },
    { pairId: 'kept', kind: '联系', day: '2026-12-19' },
  ],
}

it('folds a month of documents into the figures the bureau reads', () => {
  const f = figuresOf('2026-12', SOURCES, NOW)
  expect(f.roster).toEqual({
    total: 2,
    retiredBefore1949: 1,
    retired: 1,
    seniorRank: 1,
    age80: 1,
    age90: 1,
    livesAlone: 1,
    partyMembers: 1,
    away: 1,
    diedThisMonth: 1,
    statusChanges: 1,
  })
  expect(f.care).toEqual({ reports: 2, reportsVisitedInTime: 1, tasksDue: 4, tasksDone: 2, tasksOverdue: 1, visits: 2 })
  expect(f.services).toMatchObject({
    booked: 5,
    completed: 3,
    cancelled: 1,
    notMet: 1,
    urgent: 1,
    urgentAnswerMinutes: [25],
    rated: 2,
    starsSum: 7,
    stars: [0, 1, 0, 0, 1],
  })
  expect(f.services.byProvider).toEqual({
    p1: { name: '周兰', assigned: 2, completed: 2, notMet: 0, rated: 2, starsSum: 7, poor: 1, good: 1, complaints: 1 },
    p2: { name: '何芳', assigned: 1, completed: 0, notMet: 1, rated: 0, starsSum: 0, poor: 0, good: 0, complaints: 0 },
  })
  expect(f.services.byService).toEqual({
    meals: { name: '送餐', booked: 2, completed: 2 },
    repair: { name: '维修', booked: 2, completed: 0 },
    study: { name: '送学上门', booked: 1, completed: 1 },
  })
  expect(f.card).toEqual({ issuedFen: 120000, toppedUpFen: 0, spentFen: 3000, refundedFen: 500, expiredFen: 0, outstandingFen: 62345 })
  expect(f.pairing).toEqual({ pairs: 3, contacts: 3, visits: 3, due: 2, onCadence: 1 })
  expect(f.sos).toEqual({ alerts: 3, falseAlarms: 1, answered: 2, answerSeconds: [60, 240], reachedCommunity: 2 })
  expect(f.activities).toEqual({ held: 1, signups: 2, attended: 1, byCategory: { 党组织生活: 1 } })
  expect(f.study).toEqual({ materials: 1, reads: 2, deliveredHome: 1 })
  expect(f.share).toEqual({ offers: 2, approved: 1 })
  expect(f.voices).toEqual({ received: 4, complaints: 1, closed: 2, closedInTime: 1, overdue: 1, takenOver: 1, rated: 1, starsSum: 4 })
  // Of the three whose day has come (two finished, one open past it), one was finished in time.
  expect(RANKED_FIGURES.voicesInTime.of(f)).toBe(33)
  expect(RANKED_FIGURES.reportsInTime.of(f)).toBe(50)
  expect(RANKED_FIGURES.satisfaction.of(f)).toBe(50)
})

it('adds communities into the city: counts add, durations stay whole for the percentiles', () => {
  const f = figuresOf('2026-12', SOURCES, NOW)
  const city = addFigures(f, f)
  expect(city.roster.total).toBe(4)
  expect(city.services.stars).toEqual([0, 2, 0, 0, 2])
  expect(city.services.byProvider.p1).toMatchObject({ name: '周兰', assigned: 4, poor: 2 })
  expect(city.services.byService.meals).toEqual({ name: '送餐', booked: 4, completed: 4 })
  expect(city.sos.answerSeconds).toEqual([60, 60, 240, 240])
  expect(percentile(city.sos.answerSeconds, 0.5)).toBe(60)
  expect(percentile(city.sos.answerSeconds, 0.9)).toBe(240)
})

it('knows a Shanghai month’s bounds, the month before, and says nothing of a share of nothing', () => {
  expect(monthRange('2026-12')).toEqual({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') })
  expect(previousMonth('2026-01')).toBe('2025-12')
  expect(rate(0, 0)).toBeNull()
  expect(rate(1, 3)).toBe(33)
})
