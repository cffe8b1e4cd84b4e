// A valid input for each card action, made fresh for each call (the gates call every action as every caller).
import type { cardContracts } from '../../../../cloudfunctions/lib/features/card/contract'
import { shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { hostNow } from '../../../support/clock'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, requestId, pendingAdjustment, receiptNo } from '../../../support/arrange'

export const cardFixtures: { [A in keyof typeof cardContracts]: Fixture<A> } = {
  'card.get': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'card.entries': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'card.list': async () => ({ input: {} }),
  'card.record': async () => ({
    input: { cadreId: TARGET_CADRE, kind: 'topup', amountFen: 5000, receiptNo: receiptNo() },
  }),
  'card.adjust': async () => ({ input: { cadreId: TARGET_CADRE, amountFen: -100, reason: '上月多记了一元', requestId: requestId() } }),
  'card.adjustments': async () => ({ input: {} }),
  'card.decide': async (cloud) => ({ input: { adjustmentId: (await pendingAdjustment(cloud)).id, approve: true } }),
  'card.statement': async () => ({ input: { month: shanghaiDay(hostNow()).slice(0, 7) } }),
  'cardPolicy.get': async () => ({ input: {} }),
  'cardPolicy.save': async () => ({
    input: {
      communityId: 'c-xinghua',
      allowanceFen: { 离休: { 副县级以上: 50000, 一般: 40000 }, 退休: { 副县级以上: 40000, 一般: 30000 } },
      issueOn: '01-01',
      yearEnd: 'carry',
      approvalAboveFen: 10000,
    },
  }),
}
