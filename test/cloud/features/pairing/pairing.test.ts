// 结对帮扶 through the real api and daily functions: staff see the pairs that have fallen behind first, the
// volunteer logs calls and visits and the pair catches up, staff hear of an overdue pair once a week, and
// nobody acts on a pair that is not theirs.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { VOLUNTEER } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)

const { staffSame: STAFF, staffOther: OTHER_STAFF, provider: ZHOULAN } = CALLERS
const PAIR = `${VOLUNTEER}:cadre-01`

it('shows the pair that has fallen behind first, and lets the volunteer catch up', async () => {
  const { pairs, volunteers } = await cloud.ok(STAFF, 'pairing.list', {})
  expect(pairs[0]).toMatchObject({ id: PAIR, cadreName: '王建国', volunteerName: '杨晓', visitsIn30Days: 2 })
  expect(pairs[0].overdue).toEqual(['一周多没有联系', '近 30 天只走访了 2 次（至少 3 次）'])
  expect(pairs.find((p) => p.cadreName === '李秀英')?.overdue).toEqual([])
  expect(volunteers.map((v) => v.name).sort()).toEqual(['张建军', '杨晓'])

  expect((await cloud.ok(VOLUNTEER, 'pairing.mine', {})).pairs.map((p) => p.id)).toEqual([PAIR])
  const called = await cloud.ok(VOLUNTEER, 'pairing.log', { pairId: PAIR, kind: '联系', note: '电话问候，老人说腿有点疼' })
  expect(called.overdue).toEqual(['近 30 天只走访了 2 次（至少 3 次）'])
  const visited = await cloud.ok(VOLUNTEER, 'pairing.log', { pairId: PAIR, kind: '走访', note: '陪老人下了两盘棋' })
  expect(visited).toMatchObject({ overdue: [], visitsIn30Days: 3 })
  expect((await db.collection('pairLogs').where({ pairId: PAIR }).count()).total).toBe(2)

  await ctx.refused(ZHOULAN, 'pairing.log', { pairId: PAIR, kind: '联系', note: '' }, 'FORBIDDEN')
  await ctx.refused(OTHER_STAFF, 'pairing.save', { cadreId: 'cadre-01', volunteerId: ZHOULAN, active: true }, 'FORBIDDEN')
  await ctx.refused(STAFF, 'pairing.save', { cadreId: 'cadre-01', volunteerId: 'demo-provider-nobody', active: true }, 'BAD_INPUT')
})

it('pairs and unpairs a volunteer, keeping the pair’s history', async () => {
  const pair = await cloud.ok(STAFF, 'pairing.save', { cadreId: 'cadre-03', volunteerId: VOLUNTEER, active: true })
  expect(pair).toMatchObject({ cadreName: '张德福', active: true, overdue: [], lastContactWords: '还没有联系过' })
  expect((await cloud.ok(VOLUNTEER, 'pairing.mine', {})).pairs.map((p) => p.cadreName)).toContain('张德福')
  await cloud.ok(STAFF, 'pairing.save', { cadreId: 'cadre-03', volunteerId: VOLUNTEER, active: false })
  expect((await cloud.ok(STAFF, 'pairing.list', { cadreId: 'cadre-03' })).pairs).toEqual([])
  await ctx.refused(VOLUNTEER, 'pairing.log', { pairId: pair.id, kind: '联系', note: '' }, 'WRONG_STATUS')
})

it('tells staff of an overdue pair once a week, however often the daily job runs', async () => {
  await db
    .collection('pairs')
    .doc(PAIR)
    .update({ data: { lastContactDay: '2020-01-01' } })
  await cloud.post('/__cloud/timers/daily')
  await cloud.post('/__cloud/timers/daily')
  const alerts = (await db.collection('messages').where({ to: STAFF, title: '结对超期：杨晓 — 王建国' }).get()).data
  expect(alerts).toHaveLength(1)
  expect(alerts[0].body).toContain('一周多没有联系')
})
