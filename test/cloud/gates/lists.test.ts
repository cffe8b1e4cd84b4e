// No list is silently cut off: with more items than any page holds, every list staff and the bureau work from says
// how many there are in all and every item can be reached by following `next`; the database's default of 100
// never decides what is shown, and a notice to a large community reaches every one of its staff.
import type { LocalCloud } from '../../support/localcloud'
import { useCloud } from '../../support/refused'
import { CALLERS } from '../../support/callers'
import { newActivity, requestId } from '../../support/arrange'
import { hostNow } from '../../support/clock'
import type { ActionInput, ActionName, ActionOutput } from '../../../cloudfunctions/lib/contracts'
import type { Database } from '../../../cloudfunctions/lib/db/types'
import { shanghaiDay } from '../../../cloudfunctions/lib/core/time.rules'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})

const { staffSame: STAFF, familyPermitted: WANGLI, admin: BUREAU } = CALLERS
const COMMUNITY = 'c-taoyuan'
const minutesAgo = (n: number) => new Date(hostNow().getTime() - n * 60_000)

async function insert(collection: string, docs: Record<string, unknown>[]) {
  for (let i = 0; i < docs.length; i += 50)
    await Promise.all(docs.slice(i, i + 50).map((doc) => db.collection(collection).add({ data: doc })))
}

/** Follows `next` from the first page to the last, as “加载更多” does. */
async function everyPage<A extends ActionName, K extends keyof ActionOutput<A>>(openid: string, action: A, input: ActionInput<A>, list: K) {
  type Answer = ActionOutput<A> & Record<K, unknown[]> & { total: number; next: number | null }
  const first = (await cloud.ok(openid, action, input)) as Answer
  const items = [...first[list]]
  let pages = 1
  for (let next = first.next; next !== null; pages++) {
    const page = (await cloud.ok(openid, action, { ...input, offset: next } as ActionInput<A>)) as Answer
    expect(page.total).toBe(first.total)
    items.push(...page[list])
    next = page.next
  }
  return { first, items: items as ActionOutput<A>[K] extends (infer T)[] ? T[] : never, pages }
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id)

it('shows all 150 waiting repair requests on the dispatch board, urgent first, the newest urgent one included', async () => {
  const [template] = (await db.collection('bookings').where({ communityId: COMMUNITY }).limit(1).get()).data as Record<string, unknown>[]
  const { openSlot: _slot, slotKey: _key, providerId: _p, providerName: _n, ...base } = template
  await insert(
    'bookings',
    Array.from({ length: 150 }, (_, i) => ({
      ...base,
      _id: `wait-${String(i).padStart(3, '0')}`,
      cadreId: `waiting-cadre-${i}`,
      status: 'requested',
      urgent: i % 3 === 0,
      createdAt: minutesAgo(300 - i),
    })),
  )
  const waitingInDb = (await db.collection('bookings').where({ communityId: COMMUNITY, status: 'requested' }).count()).total
  const { first, items, pages } = await everyPage(STAFF, 'dispatch.board', {}, 'waiting')
  expect(first.total).toBe(waitingInDb)
  expect(first.waiting.length).toBeLessThan(first.total)
  expect(pages).toBeGreaterThan(1)
  expect(new Set(ids(items)).size).toBe(waitingInDb)
  expect(ids(items)).toContain('wait-147')
  const firstCalm = items.findIndex((b) => !b.urgent)
  expect(items.slice(firstCalm).some((b) => b.urgent)).toBe(false)
  // The staff home's 派单台 tile counts them all too.
  const urgentInDb = (await db.collection('bookings').where({ communityId: COMMUNITY, status: 'requested', urgent: true }).count()).total
  expect((await cloud.ok(STAFF, 'home.get', {})).staff).toMatchObject({ waitingRequests: waitingInDb, urgentRequests: urgentInDb })
})

it('lists all 600 visits due today, with how many are overdue and due today', async () => {
  const today = shanghaiDay(hostNow())
  await insert(
    'tasks',
    Array.from({ length: 600 }, (_, i) => ({
      _id: `festival:test-${String(i).padStart(3, '0')}`,
      kind: '节日走访',
      communityId: COMMUNITY,
      cadreId: 'cadre-01',
      cadreName: '王建国',
      address: '桃园街',
      title: `春节走访 ${i}`,
      note: '',
      dueDay: today,
      status: 'open',
      createdAt: hostNow(),
    })),
  )
  const dueToday = (await db.collection('tasks').where({ communityId: COMMUNITY, status: 'open', dueDay: today }).count()).total
  const { first, items } = await everyPage(STAFF, 'task.list', {}, 'tasks')
  expect(first.dueToday).toBe(dueToday)
  expect(dueToday).toBeGreaterThanOrEqual(600)
  expect(new Set(ids(items)).size).toBe(first.total)
  expect(items.filter((t) => t.dueDay === today)).toHaveLength(dueToday)
  expect((await cloud.ok(STAFF, 'home.get', {})).staff?.overdueTasks).toBe(first.overdue)
})

it('pages through a roster of 1,000 cadres in name order, for staff and for the bureau, and the card list too', async () => {
  const [template] = (await db.collection('cadres').where({ _id: 'cadre-01' }).get()).data as Record<string, unknown>[]
  const { openid: _o, ...base } = template
  const surnames = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许'
  await insert(
    'cadres',
    Array.from({ length: 1000 }, (_, i) => ({
      ...base,
      _id: `roster-${String(i).padStart(4, '0')}`,
      name: `${surnames[i % surnames.length]}名${i}`,
    })),
  )
  const inCommunity = (await db.collection('cadres').where({ communityId: COMMUNITY }).count()).total
  const staff = await everyPage(STAFF, 'cadre.list', {}, 'cadres')
  expect(staff.first.total).toBe(inCommunity)
  expect(new Set(ids(staff.items)).size).toBe(inCommunity)
  // A printed roster's order: by pinyin (陈, 冯, 何, 刘 …), not by code point.
  const names = staff.items.map((c) => c.name)
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')))
  expect(names.findIndex((n) => n.startsWith('陈'))).toBeLessThan(names.findIndex((n) => n.startsWith('何')))

  const everyone = (await db.collection('cadres').where({}).count()).total
  const bureau = await everyPage(BUREAU, 'cadre.list', {}, 'cadres')
  expect(new Set(ids(bureau.items)).size).toBe(everyone)
  // The bureau reads every roster but registers no one, so its page does not offer 登记.
  expect([staff.first.mayRegister, bureau.first.mayRegister]).toEqual([true, false])

  const cards = await everyPage(STAFF, 'card.list', {}, 'cards')
  expect(cards.first.total).toBe(inCommunity)
  expect(new Set(cards.items.map((c) => c.cadreId)).size).toBe(inCommunity)
  const available = cards.items.map((c) => c.availableFen)
  expect(available).toEqual([...available].sort((a, b) => a - b))
})

it('shows an activity roster of 1,200 sign-ups: 1,000 confirmed, then the waitlist in order, 200 places', async () => {
  const activity = await cloud.ok(STAFF, 'activity.save', newActivity(500))
  await insert(
    'signups',
    Array.from({ length: 1200 }, (_, i) => ({
      _id: `${activity.id}:roster-${String(i).padStart(4, '0')}`,
      activityId: activity.id,
      communityId: COMMUNITY,
      cadreId: `roster-${String(i).padStart(4, '0')}`,
      cadreName: `报名${i}`,
      status: i < 1000 ? 'confirmed' : 'waitlisted',
      at: minutesAgo(2000 - i),
      by: STAFF,
      byName: '陈静',
      ...(i % 4 === 0 && i < 1000 ? { attended: true } : {}),
    })),
  )
  await db
    .collection('activities')
    .doc(activity.id)
    .update({ data: { capacity: 1000, confirmed: 1000 } })
  const first = await cloud.ok(STAFF, 'activity.roster', { activityId: activity.id })
  expect(first.counts).toEqual({ confirmed: 1000, waitlisted: 200, attended: 250 })
  expect(first.total).toBe(1200)
  const confirmed = [...first.confirmed]
  const waitlisted = [...first.waitlisted]
  for (let next = first.next; next !== null;) {
    const page = await cloud.ok(STAFF, 'activity.roster', { activityId: activity.id, offset: next })
    confirmed.push(...page.confirmed)
    waitlisted.push(...page.waitlisted)
    next = page.next
  }
  expect(new Set(confirmed.map((c) => c.cadreId)).size).toBe(1000)
  expect(waitlisted.map((w) => w.place)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
  expect(waitlisted[0].cadreName).toBe('报名1000')
})

it('keeps every open call at the top of the SOS desk, however old, and pages through the week’s closed ones', async () => {
  const raised = await cloud.ok(WANGLI, 'sos.raise', { cadreId: 'cadre-01' })
  const [template] = (await db.collection('sosEvents').where({ _id: raised.id }).get()).data as Record<string, unknown>[]
  const { _id: _i, ...base } = template
  const event = (id: string, at: Date, status: string) => ({ ...base, _id: id, communityId: COMMUNITY, cadreId: 'cadre-01', at, status })
  await insert('sosEvents', [
    event('old-open', minutesAgo(10 * 24 * 60), 'open'),
    event('old-acknowledged', minutesAgo(9 * 24 * 60), 'acknowledged'),
    ...Array.from({ length: 70 }, (_, i) => event(`closed-${i}`, minutesAgo(60 + i), 'closed')),
  ])
  const open = (
    await db
      .collection('sosEvents')
      .where({ communityId: COMMUNITY, status: db.command.neq('closed') })
      .count()
  ).total
  const { first, items } = await everyPage(STAFF, 'sos.console', {}, 'events')
  expect(first.open).toBe(open)
  expect((await cloud.ok(STAFF, 'home.get', {})).staff?.openSos).toBe(open)
  expect(ids(first.events.slice(0, open))).toEqual(expect.arrayContaining(['old-open', 'old-acknowledged']))
  expect(first.events.slice(0, open).every((e) => e.status !== 'closed')).toBe(true)
  expect(new Set(ids(items)).size).toBe(first.total)
  expect(ids(items)).toEqual(expect.arrayContaining(Array.from({ length: 70 }, (_, i) => `closed-${i}`)))
})

it('reaches every one of 120 staff with a hospital report, and each can page through all their messages', async () => {
  const staff = Array.from({ length: 120 }, (_, i) => ({
    _id: `staff-many-${String(i).padStart(3, '0')}`,
    name: `工作人员${i}`,
    roles: ['staff'],
    communityId: COMMUNITY,
    createdAt: hostNow(),
  }))
  await insert('users', staff)
  await insert(
    'messages',
    Array.from({ length: 75 }, (_, i) => ({ to: staff[0]._id, title: `旧消息${i}`, body: '…', at: minutesAgo(100 + i), read: true })),
  )
  await cloud.ok(WANGLI, 'visit.report', { cadreId: 'cadre-01', kind: '住院', note: '昨晚住进区医院', requestId: requestId() })
  const told = (await db
    .collection('messages')
    .where({ to: db.command.in(staff.map((s) => s._id)), title: '五必访：王建国住院' })
    .limit(1000)
    .get()) as unknown as { data: { to: string }[] }
  expect(new Set(told.data.map((m) => m.to)).size).toBe(120)

  const { first, items } = await everyPage(staff[0]._id, 'message.list', {}, 'messages')
  expect(first.total).toBe(76)
  expect(items[0].title).toBe('五必访：王建国住院')
  expect(new Set(ids(items)).size).toBe(76)
})

it('lets the bureau page through every entry of the sensitive-read log', async () => {
  await insert(
    'accessLog',
    Array.from({ length: 130 }, (_, i) => ({
      actor: STAFF,
      actorName: '陈静',
      actorRole: '社区工作人员',
      cadreId: 'cadre-01',
      cadreName: '王建国',
      communityId: COMMUNITY,
      fields: ['慢性病'],
      via: '今日任务',
      at: minutesAgo(i),
    })),
  )
  const inLog = (await db.collection('accessLog').where({}).count()).total
  const { first, items } = await everyPage(BUREAU, 'care.accessLog', {}, 'entries')
  expect(first.total).toBe(inLog)
  expect(new Set(ids(items)).size).toBe(inLog)
})
