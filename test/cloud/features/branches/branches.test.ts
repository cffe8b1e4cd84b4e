// 离岗不离党 through the real api: 桃园's branch and its 组织生活 meeting — the secretary came, a member who could
// not come had the material taken home (送学上门) and counts as taking part, the others missed it; members must be
// living party members of the branch's communities; 杏花 neither sees nor uses 桃园's branch.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { newActivity, STAFF } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import type { Database } from '../../../../cloudfunctions/lib/db/types'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const BRANCH = 'branch-taoyuan-1'
const { staffOther: XINGHUA_STAFF, admin: BUREAU } = CALLERS
const dayAhead = (n: number) => dayAfter(shanghaiDay(hostNow()), n)

it('shows each member’s part in the branch’s meetings: came, material taken home, or missed', async () => {
  const meeting = await cloud.ok(STAFF, 'activity.save', {
    ...newActivity(40),
    title: '支部学习：党的二十届三中全会精神',
    category: '党组织生活',
    date: dayAhead(1),
    deadlineDate: dayAhead(1),
    deadlineTime: '08:00',
    branchId: BRANCH,
  })
  await cloud.ok(STAFF, 'activity.signUp', { activityId: meeting.id, cadreId: 'cadre-01' })
  // Two days on: the meeting has been held; 王建国 was there; 李秀英 had the material taken to her the day after.
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 2 * 86_400_000).toISOString() })
  await cloud.ok(STAFF, 'activity.attend', { activityId: meeting.id, cadreId: 'cadre-01', attended: true })
  await db.collection('bookings').add({
    data: {
      _id: 'branch-test-study',
      communityId: 'c-taoyuan',
      cadreId: 'cadre-02',
      serviceKey: 'study',
      status: 'completed',
      day: dayAhead(2),
    },
  } as never)

  const detail = await cloud.ok(STAFF, 'branch.get', { branchId: BRANCH })
  expect(detail.branch).toMatchObject({
    name: '桃园社区离退休干部第一党支部',
    secretaryName: '王建国',
    members: 8,
    communityWords: '桃园社区',
  })
  const held = detail.meetings.findIndex((m) => m.id === meeting.id)
  expect(detail.meetings[held]).toMatchObject({ held: true, title: '支部学习：党的二十届三中全会精神' })
  const row = (name: string) => detail.members.find((m) => m.name === name)!
  expect(detail.members[0]).toMatchObject({ name: '王建国', secretary: true })
  expect(row('王建国').presence[held]).toBe('到会')
  expect(row('李秀英').presence[held]).toBe('送学上门')
  expect(row('张德福').presence[held]).toBe('缺席')
  // The seeded 主题党日 is still to come: not counted against anyone.
  expect(detail.meetings.some((m) => !m.held)).toBe(true)
  expect(row('张德福')).toMatchObject({ came: 0, atHome: 0, missed: 1 })

  expect((await cloud.ok(XINGHUA_STAFF, 'branch.list', {})).branches.map((b) => b.id)).not.toContain(BRANCH)
  await ctx.refused(XINGHUA_STAFF, 'branch.get', { branchId: BRANCH }, 'NOT_FOUND')
  await ctx.refused(XINGHUA_STAFF, 'activity.save', { ...newActivity(), category: '党组织生活', branchId: BRANCH }, 'NOT_FOUND')
  await ctx.refused(STAFF, 'activity.save', { ...newActivity(), category: '学习', branchId: BRANCH }, 'BAD_INPUT')
  // A member sees the branch they belong to.
  expect((await cloud.ok(CALLERS.cadreSelf, 'branch.list', { cadreId: 'cadre-01' })).branches.map((b) => b.id)).toEqual([BRANCH])
})

it('takes only living party members of the branch’s communities, and lets the bureau join communities', async () => {
  const { candidates } = await cloud.ok(STAFF, 'branch.list', {})
  const ids = candidates.map((c) => c.id)
  expect(ids).toContain('cadre-01')
  const saved = await cloud.ok(STAFF, 'branch.save', { name: '桃园第二党支部', memberIds: ids.slice(0, 3), secretaryId: ids[1] })
  expect(saved).toMatchObject({ members: 3, communityWords: '桃园社区' })
  await ctx.refused(STAFF, 'branch.save', { name: '桃园第三党支部', memberIds: ['cadre-04'] }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'branch.save', { name: '跨社区支部', communityIds: ['c-xinghua'], memberIds: ids.slice(0, 1) }, 'BAD_INPUT')
  await ctx.refused(XINGHUA_STAFF, 'branch.save', { branchId: saved.id, name: '改名', memberIds: ids.slice(0, 1) }, 'NOT_FOUND')
  await ctx.refused(STAFF, 'branch.save', { name: '书记不在支部', memberIds: ids.slice(0, 2), secretaryId: ids[5] }, 'BAD_INPUT')

  // The bureau picks the communities first and is offered their party members, each named with their community.
  expect(await cloud.ok(BUREAU, 'branch.list', {})).toMatchObject({ candidates: [], mayJoinCommunities: true })
  const across = (await cloud.ok(BUREAU, 'branch.list', { candidatesIn: ['c-taoyuan', 'c-xinghua'] })).candidates
  const xinghua = across.filter((c) => c.name.endsWith('（杏花社区）'))
  expect(xinghua.length).toBeGreaterThan(0)
  expect(across.find((c) => c.id === ids[0])?.name).toMatch(/（桃园社区）$/)
  expect((await cloud.ok(STAFF, 'branch.list', { candidatesIn: ['c-xinghua'] })).candidates.map((c) => c.id)).toEqual(ids)
  const joint = await cloud.ok(BUREAU, 'branch.save', {
    name: '桃园杏花联合党支部',
    communityIds: ['c-taoyuan', 'c-xinghua'],
    memberIds: [ids[0], xinghua[0].id],
  })
  expect(joint.communityWords).toBe('桃园社区、杏花社区')
  expect((await cloud.ok(XINGHUA_STAFF, 'branch.list', {})).branches.map((b) => b.id)).toContain(joint.id)
})
