// Activities and study materials through the real api function: sign-up by the cadre, by family and by staff;
// a full activity's waitlist and promotion when someone withdraws; never more confirmed than seats, even when
// 200 sign-ups arrive at once for 30 seats; deadlines, cancellation, attendance; materials read and marked;
// offers and works reach the 宣传栏 only once staff approve them.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { newActivity, uploadPhoto } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { hostNow } from '../../../support/clock'
import { CALLERS } from '../../../support/callers'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
/** 200 cadres of 桃园社区 for the rush tests, added straight to the roster once (registering them one by one is slow). */
const RUSH = Array.from({ length: 200 }, (_, i) => `rush-${String(i).padStart(3, '0')}`)
beforeAll(async () => {
  ;({ cloud, db } = ctx)
  for (let i = 0; i < RUSH.length; i += 50)
    await Promise.all(
      RUSH.slice(i, i + 50).map((id, j) =>
        db.collection('cadres').add({
          data: {
            _id: id,
            communityId: 'c-taoyuan',
            name: `抢报${i + j}`,
            rank: '一般',
            category: '退休',
            birthDate: '1950-01-01',
            address: '桃园街',
          },
        }),
      ),
    )
})
startEachTestFromHere(ctx)

const CADRE = CALLERS.cadreSelf
const DAUGHTER = CALLERS.familyPermitted
const STAFF = CALLERS.staffSame
const OTHER_STAFF = CALLERS.staffOther
const STRANGER_FAMILY = CALLERS.familyUnlinked
const TAICHI = 'activity-demo-taichi'

const mine = (openid: string, activityId: string, cadreId = 'cadre-01') => cloud.ok(openid, 'activity.get', { activityId, cadreId })

it('lists the community’s coming activities with the cadre’s own status, filtered by category', async () => {
  const { cadre, activities } = await cloud.ok(CADRE, 'activity.list', { cadreId: 'cadre-01' })
  expect(cadre.name).toBe('王建国')
  expect(activities.map((a) => a.title)).toEqual(['冬季心脑血管保健讲座', '太极拳体验课', '书法兴趣班', '离退休干部党支部主题党日'])
  expect(activities[0].when).toMatch(/^明天 \d+月\d+日 周. 下午 2:30$/)
  expect(activities.find((a) => a.title === '书法兴趣班')?.mine).toMatchObject({ status: 'confirmed', words: '已报名' })
  const sport = await cloud.ok(DAUGHTER, 'activity.list', { cadreId: 'cadre-01', category: '文体' })
  expect(sport.activities.map((a) => a.category)).toEqual(['文体', '文体'])
  await ctx.refused(STRANGER_FAMILY, 'activity.list', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  await ctx.refused(OTHER_STAFF, 'activity.list', { cadreId: 'cadre-01' }, 'FORBIDDEN')
})

it('puts a family sign-up for a full activity on the waitlist in order, and passes a freed seat to the first in line', async () => {
  const waiting = await cloud.ok(DAUGHTER, 'activity.signUp', { activityId: TAICHI, cadreId: 'cadre-01' })
  expect(waiting).toMatchObject({ seatsLeft: 0, mine: { status: 'waitlisted', words: '候补第2位', place: 2 } })
  // Pressing again changes nothing.
  expect(await cloud.ok(CADRE, 'activity.signUp', { activityId: TAICHI, cadreId: 'cadre-01' })).toMatchObject({ mine: { place: 2 } })
  expect((await cloud.ok(STAFF, 'activity.roster', { activityId: TAICHI })).waitlisted.map((w) => w.cadreName)).toEqual([
    '赵淑芬',
    '王建国',
  ])

  // 刘志明 (confirmed) withdraws: 赵淑芬, first in line, takes his seat and 王建国 moves up.
  await cloud.ok(CALLERS.cadreOther, 'activity.withdraw', { activityId: TAICHI, cadreId: 'cadre-05' })
  const roster = await cloud.ok(STAFF, 'activity.roster', { activityId: TAICHI })
  expect(roster.confirmed.map((c) => c.cadreName)).toEqual(['张德福', '陈桂兰', '赵淑芬'])
  expect(roster.waitlisted).toEqual([{ cadreId: 'cadre-01', cadreName: '王建国', place: 1 }])
  expect(roster.activity.confirmed).toBe(3)
  expect(await mine(DAUGHTER, TAICHI)).toMatchObject({ mine: { words: '候补第1位' } })
  await ctx.refused(CALLERS.cadreOther, 'activity.withdraw', { activityId: TAICHI, cadreId: 'cadre-05' }, 'WRONG_STATUS')

  // Staff add two seats: 王建国 is confirmed at once.
  const a = roster.activity
  await cloud.ok(STAFF, 'activity.save', {
    ...newActivity(5),
    activityId: TAICHI,
    title: a.title,
    category: '文体',
    description: a.description,
    room: a.room,
    date: a.day,
    start: '08:30',
    end: '09:30',
    deadlineDate: a.day,
    deadlineTime: '07:00',
  })
  expect(await mine(CADRE, TAICHI)).toMatchObject({ confirmed: 4, seatsLeft: 1, mine: { status: 'confirmed', words: '已报名' } })
  const { messages } = await cloud.ok(DAUGHTER, 'message.list', {})
  expect(messages[0]).toMatchObject({ title: '候补转正：太极拳体验课' })
  await ctx.refused(STAFF, 'activity.save', { ...newActivity(3), activityId: TAICHI }, 'BAD_INPUT')
})

it('confirms exactly 30 of 200 simultaneous sign-ups for 30 seats, wait-lists the rest in order, with no errors', async () => {
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(30))
  const ids = RUSH
  const answers = await Promise.all(ids.map((cadreId) => cloud.act(STAFF, 'activity.signUp', { activityId: activity.id, cadreId })))
  expect(answers.filter((a) => !a.ok)).toEqual([])
  const statuses = answers.map((a) => (a.ok ? a.data.mine?.status : null))
  expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(30)
  expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(170)

  const roster = await cloud.ok(STAFF, 'activity.roster', { activityId: activity.id })
  expect(roster.confirmed).toHaveLength(30)
  expect(roster.activity).toMatchObject({ confirmed: 30, seatsLeft: 0 })
  expect(roster.counts).toMatchObject({ confirmed: 30, waitlisted: 170 })
  const rest = roster.next === null ? null : await cloud.ok(STAFF, 'activity.roster', { activityId: activity.id, offset: roster.next })
  expect(rest?.next).toBeNull()
  expect([...roster.waitlisted, ...(rest?.waitlisted ?? [])].map((w) => w.place)).toEqual(Array.from({ length: 170 }, (_, i) => i + 1))
  // Each cadre's own place agrees with the list.
  const third = roster.waitlisted[2]
  expect(await mine(STAFF, activity.id, third.cadreId)).toMatchObject({ mine: { place: 3, words: '候补第3位' } })
})

it('never confirms more than the seats when staff lower the capacity while sign-ups are arriving', async () => {
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(20))
  const lower = { ...newActivity(20), activityId: activity.id, capacity: 4 }
  const [, ...answers] = await Promise.all([
    cloud.act(STAFF, 'activity.save', lower),
    ...Array.from({ length: 16 }, (_v, i) => cloud.act(STAFF, 'activity.signUp', { activityId: activity.id, cadreId: RUSH[100 + i] })),
  ])
  expect(answers.filter((a) => !a.ok)).toEqual([])
  const roster = await cloud.ok(STAFF, 'activity.roster', { activityId: activity.id })
  expect(roster.activity.confirmed).toBe(roster.confirmed.length)
  expect(roster.confirmed.length).toBeLessThanOrEqual(roster.activity.capacity)
  expect(roster.confirmed.length + roster.waitlisted.length).toBe(16)
})

it('refuses sign-ups after the deadline and for a cancelled activity, telling everyone signed up of the cancellation', async () => {
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(10))
  await cloud.ok(DAUGHTER, 'activity.signUp', { activityId: activity.id, cadreId: 'cadre-01' })
  await ctx.refused(DAUGHTER, 'activity.cancel', { activityId: activity.id, reason: '下雨' }, 'FORBIDDEN')
  await ctx.refused(OTHER_STAFF, 'activity.cancel', { activityId: activity.id, reason: '下雨' }, 'NOT_FOUND')
  expect(await cloud.ok(STAFF, 'activity.cancel', { activityId: activity.id, reason: '图书室漏水维修' })).toMatchObject({
    status: 'cancelled',
    signupOpen: false,
  })
  const { messages } = await cloud.ok(DAUGHTER, 'message.list', {})
  expect(messages[0]).toMatchObject({ title: '活动取消：社区读书会' })
  expect(messages[0].body).toContain('图书室漏水维修')
  await ctx.refused(CADRE, 'activity.signUp', { activityId: activity.id, cadreId: 'cadre-01' }, 'ACTIVITY_CANCELLED')

  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 6 * 86_400_000).toISOString() })
  try {
    await ctx.refused(CADRE, 'activity.signUp', { activityId: 'activity-demo-party', cadreId: 'cadre-01' }, 'ACTIVITY_CLOSED')
  } finally {
    await cloud.post('/__cloud/clock', undefined, 'DELETE')
  }
  await ctx.refused(STAFF, 'activity.save', { ...newActivity(), date: '2020-01-02', deadlineDate: '2020-01-01' }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'activity.save', { ...newActivity(), start: '11:00', end: '10:00' }, 'BAD_INPUT')
})

it('lets staff mark who came, only for those confirmed and only in their own community', async () => {
  const roster = await cloud.ok(STAFF, 'activity.attend', { activityId: 'activity-demo-health', cadreId: 'cadre-03', attended: true })
  expect(roster.confirmed.find((c) => c.cadreId === 'cadre-03')).toMatchObject({ attended: true })
  await ctx.refused(STAFF, 'activity.attend', { activityId: 'activity-demo-health', cadreId: 'cadre-02', attended: true }, 'WRONG_STATUS')
  await ctx.refused(
    OTHER_STAFF,
    'activity.attend',
    { activityId: 'activity-demo-health', cadreId: 'cadre-03', attended: true },
    'FORBIDDEN',
  )
  await ctx.refused(CADRE, 'activity.attend', { activityId: 'activity-demo-health', cadreId: 'cadre-01', attended: true }, 'FORBIDDEN')
})

it('shows study materials to the cadre and family, lets the cadre mark one read, and shows staff who read it', async () => {
  const { materials } = await cloud.ok(DAUGHTER, 'material.list', { cadreId: 'cadre-01' })
  expect(materials.map((m) => m.title)).toEqual(['老年人防诈骗十个要点', '冬季养生：心脑血管保健', '离退休干部党支部学习制度'])
  expect(materials.every((m) => !m.read)).toBe(true)
  const fraud = await cloud.ok(DAUGHTER, 'material.get', { materialId: 'material-demo-fraud', cadreId: 'cadre-01' })
  expect(fraud.body[0].text).toContain('安全账户')
  expect(fraud.readBy).toBeUndefined()
  await ctx.refused(DAUGHTER, 'material.markRead', { materialId: 'material-demo-fraud', cadreId: 'cadre-01' }, 'FORBIDDEN')
  expect(await cloud.ok(CADRE, 'material.markRead', { materialId: 'material-demo-fraud', cadreId: 'cadre-01' })).toMatchObject({
    read: true,
  })
  await cloud.ok(CADRE, 'material.markRead', { materialId: 'material-demo-fraud', cadreId: 'cadre-01' })
  const forStaff = await cloud.ok(STAFF, 'material.get', { materialId: 'material-demo-fraud', cadreId: 'cadre-01' })
  expect(forStaff.readBy?.map((r) => r.cadreName)).toEqual(['王建国'])
  expect((await cloud.ok(STAFF, 'material.manage', {})).materials.find((m) => m.id === 'material-demo-fraud')).toMatchObject({ readers: 1 })
  expect((await cloud.ok(CADRE, 'material.list', { cadreId: 'cadre-01', category: '法律' })).materials).toEqual([
    expect.objectContaining({ read: true }),
  ])

  const saved = await cloud.ok(STAFF, 'material.save', {
    title: '冬季用电安全',
    category: '法律',
    body: [{ text: '电热毯不要整夜开着。' }],
  })
  expect((await cloud.ok(CADRE, 'material.list', { cadreId: 'cadre-01' })).materials[0].title).toBe('冬季用电安全')
  await ctx.refused(
    OTHER_STAFF,
    'material.save',
    { materialId: saved.id, title: '改标题', category: '法律', body: [{ text: '改' }] },
    'NOT_FOUND',
  )
  await ctx.refused(STAFF, 'material.save', { title: '空的', category: '法律', body: [] }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'material.save', { title: '坏图', category: '法律', body: [{ image: 'javascript:alert(1)' }] }, 'BAD_INPUT')
})

it('fills, from the minutely timer, a seat left free while someone waits', async () => {
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(1))
  await cloud.ok(STAFF, 'activity.signUp', { activityId: activity.id, cadreId: 'cadre-03' })
  await cloud.ok(STAFF, 'activity.signUp', { activityId: activity.id, cadreId: 'cadre-01' })
  // The seat is given back at the very moment 王建国 joined the waitlist (the race the sweep exists for).
  await db
    .collection('signups')
    .doc(`${activity.id}:cadre-03`)
    .update({ data: { status: 'cancelled' } })
  await db
    .collection('activities')
    .doc(activity.id)
    .update({ data: { confirmed: 0 } })
  const swept = (await cloud.post('/__cloud/timers/minutely')) as { data: { promoted: number } }
  expect(swept.data.promoted).toBe(1)
  expect(await mine(CADRE, activity.id)).toMatchObject({ confirmed: 1, mine: { status: 'confirmed' } })
  expect(((await cloud.post('/__cloud/timers/minutely')) as { data: { promoted: number } }).data.promoted).toBe(0)
})

it('keeps a cadre’s offer or work off the 宣传栏 until staff of the community approve it', async () => {
  const before = await cloud.ok(DAUGHTER, 'contribution.board', { cadreId: 'cadre-01' })
  expect(before.board.map((c) => c.title)).toEqual(['晚间小区巡逻', '七绝·桃园秋色'])
  const work = { cadreId: 'cadre-01', kind: 'work', type: '书法', title: '楷书·宁静致远', detail: '练了一个月的楷书。' } as const
  // Calligraphy is a picture: it goes with at least one photo of it.
  await ctx.refused(DAUGHTER, 'contribution.submit', work, 'BAD_INPUT')
  const photo = await uploadPhoto(cloud, DAUGHTER, { cadreId: 'cadre-01', purpose: 'workPhoto' })
  const poem = await cloud.ok(DAUGHTER, 'contribution.submit', { ...work, photos: [photo.ticket] })
  expect(poem).toMatchObject({ status: 'pending', statusWords: '等社区审核', cadreName: '王建国' })
  expect((await cloud.ok(STAFF, 'contribution.review', {})).pending.find((c) => c.id === poem.id)?.photos).toEqual([
    { fileRef: photo.fileRef, url: expect.stringMatching(/^http/) },
  ])
  const seen = await cloud.ok(CADRE, 'contribution.board', { cadreId: 'cadre-01' })
  expect(seen.board.map((c) => c.id)).not.toContain(poem.id)
  expect(seen.mine.map((c) => c.id)).toContain(poem.id)
  expect((await cloud.ok(OTHER_STAFF, 'contribution.review', {})).pending.map((c) => c.id)).not.toContain(poem.id)
  expect((await cloud.ok(STAFF, 'contribution.review', {})).pending.map((c) => c.title)).toEqual(['周末辅导初中数学', '楷书·宁静致远'])

  await ctx.refused(OTHER_STAFF, 'contribution.decide', { contributionId: poem.id, approve: true }, 'NOT_FOUND')
  await ctx.refused(STAFF, 'contribution.decide', { contributionId: poem.id, approve: false }, 'BAD_INPUT')
  await ctx.refused(CADRE, 'contribution.decide', { contributionId: poem.id, approve: true }, 'FORBIDDEN')
  expect(await cloud.ok(STAFF, 'contribution.decide', { contributionId: poem.id, approve: true })).toMatchObject({ status: 'approved' })
  await ctx.refused(STAFF, 'contribution.decide', { contributionId: poem.id, approve: false, note: '重复' }, 'ALREADY_DECIDED')
  expect((await cloud.ok(CADRE, 'contribution.board', { cadreId: 'cadre-01' })).board[0].title).toBe('楷书·宁静致远')
  expect((await cloud.ok(DAUGHTER, 'message.list', {})).messages[0].title).toBe('“楷书·宁静致远”通过了')
  await ctx.refused(
    STRANGER_FAMILY,
    'contribution.submit',
    { cadreId: 'cadre-01', kind: 'skill', type: '其他', title: '冒名', detail: '冒名顶替' },
    'FORBIDDEN',
  )
})
