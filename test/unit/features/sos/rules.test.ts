import { escalationStep, tiersFor, type EscalationFacts } from '../../../../cloudfunctions/lib/features/sos/rules'

const family = [{ openid: 'f', name: '王丽' }]
const staff = [
  { openid: 's1', name: '陈静' },
  { openid: 's2', name: '黄伟' },
]
const at = (min: number) => new Date(Date.UTC(2026, 10, 24, 1, min))
const open = (over: Partial<EscalationFacts> = {}): EscalationFacts => ({
  status: 'open',
  tier: 0,
  notifiedTier: 0,
  tierSince: at(0),
  tiers: tiersFor(family, staff),
  ...over,
})

it('tells family first, then the staff on duty, and skips a tier with nobody in it', () => {
  expect(tiersFor(family, staff).map((t) => t.name)).toEqual(['家属', '社区值班人员'])
  expect(tiersFor([], staff).map((t) => t.name)).toEqual(['社区值班人员'])
})

it('retries a tier whose notice failed before anything else', () => {
  expect(escalationStep(open({ notifiedTier: -1 }), at(0))).toEqual({ kind: 'notify', tier: 0 })
})

it('moves to the next tier only once the current one has had three minutes without acknowledging', () => {
  expect(escalationStep(open(), at(2))).toBeNull()
  expect(escalationStep(open(), at(3))).toEqual({ kind: 'escalate', tier: 1 })
})

it('stops at the last tier, and once anyone has acknowledged', () => {
  expect(escalationStep(open({ tier: 1, notifiedTier: 1 }), at(30))).toBeNull()
  expect(escalationStep(open({ status: 'acknowledged' }), at(30))).toBeNull()
})
