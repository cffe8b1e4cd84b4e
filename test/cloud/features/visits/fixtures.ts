// A valid input for each visits action, made fresh for each call (the gates call every action as every caller).
import type { visitsContracts } from '../../../../cloudfunctions/lib/features/visits/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, STAFF, SECOND_STAFF, dayAhead, requestId } from '../../../support/arrange'

export const visitsFixtures: { [A in keyof typeof visitsContracts]: Fixture<A> } = {
  'visit.report': async () => ({ input: { cadreId: TARGET_CADRE, kind: '住院', note: '昨晚摔倒，住进区医院', requestId: requestId() } }),
  'task.list': async () => ({ input: {} }),
  'task.handOver': async (cloud) => {
    const task = await cloud.ok(STAFF, 'visit.report', { cadreId: TARGET_CADRE, kind: '大事', note: '孙子结婚', requestId: requestId() })
    return { input: { taskId: task.id, staffId: SECOND_STAFF } }
  },
  'visit.record': async (cloud) => {
    const task = await cloud.ok(STAFF, 'visit.report', { cadreId: TARGET_CADRE, kind: '大事', note: '孙子结婚', requestId: requestId() })
    return { input: { cadreId: TARGET_CADRE, taskId: task.id, day: dayAhead(0), visitors: '陈静', gifts: '', notes: '老人精神很好' } }
  },
  'visit.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
}
