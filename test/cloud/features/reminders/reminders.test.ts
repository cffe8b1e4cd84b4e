// Reminders and visits through the real daily function on the host's clock: family hear of birthdays three days
// ahead, staff get 祝寿 tasks for round birthdays (solar and lunar) a week ahead, exactly once however often the
// job runs, however often it is stopped halfway, and for days it missed; 五必访 reports become tasks that a
// recorded visit completes.
import { Lunar, Solar } from 'lunar-javascript'
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { bindFamily, dayAhead, firstOpenTime, partyMembers, requestId } from '../../../support/arrange'
import { request } from '../../../support/http'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import type { ActionInput } from '../../../../cloudfunctions/lib/contracts'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const { staffSame: STAFF, staffOther: OTHER_STAFF, familyPermitted: DAUGHTER } = CALLERS
/** 08:00 in Shanghai on `day`. */
const morningOf = (day: string) => new Date(`${day}T00:00:00Z`)
const pad = (n: number) => String(n).padStart(2, '0')

type Daily = { ok?: boolean; data?: { reminders: { days: string[]; birthdaysRead: number; reminders: number; tasks: number } } }
async function dailyOn(day: string): Promise<Daily> {
  await cloud.post('/__cloud/clock', { now: morningOf(day).toISOString() })
  return (await cloud.post('/__cloud/timers/daily')) as Daily
}

let n = 0
async function register(birthDate: string, over: Partial<ActionInput<'cadre.register'>> = {}) {
  n++
  return cloud.ok(STAFF, 'cadre.register', {
    name: `寿星${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'一二三四五六七八九十'[Math.floor(n / 10) % 10]}`,
    gender: '男',
    birthDate,
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 1 号 1 幢 101 室',
    livesAlone: false,
    partyMember: false,
    ...over,
  })
}

const withFamily = (cadreId: string) => bindFamily(cloud, cadreId)

const task = async (id: string) => (await db.collection('tasks').where({ _id: id }).get()).data[0]
const messagesTo = async (openid: string) => (await db.collection('messages').where({ to: openid }).get()).data

it('gives staff a 祝寿 task a week ahead for round birthdays only, solar and lunar, with 寿桃 for a diabetic', async () => {
  // The run is on 2027-03-08; a week ahead is 2027-03-15.
  const eighty = await register('1947-03-15')
  const seventyNine = await register('1948-03-15')
  const seventyFiveSenior = await register('1952-03-15', { rank: '副县级以上' })
  // A lunar celebrant: born on the lunar date that 2027-03-15 is, 80 lunar years before.
  const l = Solar.fromYmd(2027, 3, 15).getLunar()
  const born = Lunar.fromYmd(l.getYear() - 80, l.getMonth(), l.getDay()).getSolar()
  const lunar = await register(`${born.getYear()}-${pad(born.getMonth())}-${pad(born.getDay())}`, { celebrates: 'lunar' })
  await cloud.ok(STAFF, 'care.consent', { cadreId: eighty.id, given: true, method: '本人书面签字' })
  await cloud.ok(STAFF, 'care.saveHealth', { cadreId: eighty.id, selfCare: '自理', conditions: ['糖尿病'], diet: '', diabetic: true })

  const run = await dailyOn('2027-03-08')
  expect(run.ok).toBe(true)
  expect(await task(`birthday:${eighty.id}:2027`)).toMatchObject({
    kind: '祝寿',
    title: `${eighty.name} 80 岁生日（3月15日 周一）`,
    dueDay: '2027-03-15',
    note: expect.stringContaining('寿桃'),
  })
  expect(await task(`birthday:${seventyNine.id}:2027`)).toBeUndefined()
  expect(await task(`birthday:${seventyFiveSenior.id}:2027`)).toMatchObject({ title: expect.stringContaining('75 岁') })
  expect(await task(`birthday:${lunar.id}:2027`)).toMatchObject({ dueDay: '2027-03-15', title: expect.stringContaining('80 岁') })

  // Staff of the community see it; staff elsewhere do not.
  await cloud.post('/__cloud/clock', { now: morningOf('2027-03-10').toISOString() })
  const logged = async () =>
    (await db.collection('accessLog').where({ cadreId: eighty.id, via: '今日任务' }).get()).data.map((e) => [e.actor, e.fields])
  expect(await logged()).toEqual([])
  const { tasks } = await cloud.ok(STAFF, 'task.list', {})
  expect(tasks.find((t) => t.id === `birthday:${eighty.id}:2027`)).toMatchObject({ overdue: false, cadreName: eighty.name })
  // The 寿桃 note comes from health data: showing it to staff is a logged read.
  expect(await logged()).toEqual([[STAFF, ['health.diabetic']]])
  expect((await cloud.ok(OTHER_STAFF, 'task.list', {})).tasks.map((t) => t.cadreId)).not.toContain(eighty.id)

  // The same day again creates nothing new.
  const again = await dailyOn('2027-03-08')
  expect(again.data?.reminders).toEqual({ days: [], birthdaysRead: 0, reminders: 0, tasks: 0, sweepsPending: 0 })
})

it('reminds family three days ahead, once, and catches up the days it missed', async () => {
  const cadre = await register('1950-04-10')
  const family = await withFamily(cadre.id)
  const later = await register('1950-04-12')
  const laterFamily = await withFamily(later.id)

  expect((await dailyOn('2027-04-06')).ok).toBe(true)
  expect(await messagesTo(family)).toEqual([])
  const onTime = await dailyOn('2027-04-07')
  expect(onTime.data?.reminders.days).toEqual(['2027-04-07'])
  expect((await messagesTo(family)).map((m) => m.title)).toEqual([`${cadre.name} 4月10日 周六 过 77 岁生日`])

  // Two mornings missed: the run on the 10th does the 8th, 9th and 10th, so the birthday on the 12th is told.
  const caughtUp = await dailyOn('2027-04-10')
  expect(caughtUp.data?.reminders.days).toEqual(['2027-04-08', '2027-04-09', '2027-04-10'])
  expect((await messagesTo(laterFamily)).map((m) => m.title)).toEqual([`${later.name} 4月12日 周一 过 77 岁生日`])
  expect(await messagesTo(family)).toHaveLength(1)

  // The reminder is unread until opened; nobody else can mark it read.
  expect((await cloud.ok(family, 'home.get', {})).unreadMessages).toBe(1)
  const [reminder] = await messagesTo(family)
  expect(await cloud.ok(laterFamily, 'message.read', { messageId: reminder._id })).toEqual({ unread: 1 })
  expect((await cloud.ok(family, 'home.get', {})).unreadMessages).toBe(1)
  expect(await cloud.ok(family, 'message.read', { messageId: reminder._id })).toEqual({ unread: 0 })
  expect((await cloud.ok(family, 'message.list', {})).messages[0]).toMatchObject({ id: reminder._id, read: true })
})

it('finishes a run stopped halfway at any point, and never writes an occasion twice', async () => {
  const cadres = []
  for (let i = 0; i < 25; i++) cadres.push(await register('1947-05-20'))
  const families = await Promise.all(cadres.slice(0, 5).map((c) => withFamily(c.id)))
  // The day before runs cleanly (it also issues the new cadres' service-card allowance). The run on 2027-05-13 owes
  // 25 祝寿 tasks (80 on the 20th): fail its 1st database request, then the 3rd, … until a run gets through; each
  // failed run leaves what it wrote, and the next picks up from there.
  expect((await dailyOn('2027-05-12')).ok).toBe(true)
  let partial = false
  let failures = 0
  for (let nth = 1; ; nth += 2) {
    await cloud.post('/__cloud/faults', { failNth: nth })
    const run = await dailyOn('2027-05-13')
    const fault = (await cloud.post('/__cloud/faults', {})) as { failNth: number }
    await cloud.post('/__cloud/faults', { failNth: 0 })
    if (run.ok) {
      // Once the fault is past the end of the run the run succeeds; it may have fired late but harmlessly.
      if (fault.failNth !== 0) break
      continue
    }
    failures++
    const written = (await db.collection('tasks').where({ dueDay: '2027-05-20', kind: '祝寿' }).count()).total
    if (written > 0 && written < 25) partial = true
  }
  expect(failures).toBeGreaterThan(3)
  expect(partial).toBe(true)
  const tasks = (await db.collection('tasks').where({ dueDay: '2027-05-20', kind: '祝寿' }).limit(100).get()).data
  expect(new Set(tasks.map((t) => t.cadreId))).toEqual(new Set(cadres.map((c) => c.id)))
  expect(tasks).toHaveLength(25)
  for (const f of families) expect(await messagesTo(f)).toHaveLength(0)
  // The 17th's run tells the five families of the 20th, once each, however it is repeated.
  await dailyOn('2027-05-17')
  await dailyOn('2027-05-17')
  for (const f of families) expect(await messagesTo(f)).toHaveLength(1)
})

it('turns a 五必访 report into a task due in two days, completed by recording the visit', async () => {
  await cloud.post('/__cloud/clock', { now: morningOf('2027-06-01').toISOString() })
  const reportInput = { cadreId: 'cadre-01', kind: '住院' as const, note: '昨晚摔倒，住进区医院', requestId: requestId() }
  const report = await cloud.ok(DAUGHTER, 'visit.report', reportInput)
  // Pressed again (or a retry after a lost answer): the same task, no second one and no second message to staff.
  // 陈静 keeps 王建国's grid: her message says so first.
  const told = async () => (await messagesTo(STAFF)).filter((m) => m.title === '【您负责的桃园一网格】五必访：王建国住院').length
  const toldBefore = await told()
  expect((await cloud.ok(DAUGHTER, 'visit.report', reportInput)).id).toBe(report.id)
  expect(await told()).toBe(toldBefore)
  expect(report).toMatchObject({ kind: '住院', dueDay: '2027-06-03', title: '王建国' })
  const staffMessage = (await messagesTo(STAFF)).find((m) => m.title === '【您负责的桃园一网格】五必访：王建国住院')
  expect(staffMessage?.body).toContain('6月3日')

  await cloud.post('/__cloud/clock', { now: morningOf('2027-06-05').toISOString() })
  const overdue = (await cloud.ok(STAFF, 'task.list', {})).tasks.find((t) => t.id === report.id)
  expect(overdue).toMatchObject({ overdue: true, dueWords: '已过期 2 天（6月3日 周四）' })

  const input = { cadreId: 'cadre-01', taskId: report.id, day: '2027-06-05', visitors: '陈静、黄伟', gifts: '水果', notes: '恢复得不错' }
  await ctx.refused(STAFF, 'visit.record', { ...input, day: '2027-06-06' }, 'BAD_INPUT')
  await ctx.refused(OTHER_STAFF, 'visit.record', input, 'FORBIDDEN')
  expect(await cloud.ok(STAFF, 'visit.record', input)).toMatchObject({ taskTitle: '王建国', visitors: '陈静、黄伟' })
  expect((await cloud.ok(STAFF, 'task.list', {})).tasks.map((t) => t.id)).not.toContain(report.id)
  await ctx.refused(STAFF, 'visit.record', input, 'TASK_DONE')
  expect((await cloud.ok(STAFF, 'visit.list', { cadreId: 'cadre-01' })).visits[0]).toMatchObject({ day: '2027-06-05', notes: '恢复得不错' })
})

it('reminds the cadre and family of a booked visit the day before and two hours before, and of an activity, once each', async () => {
  const slot = await firstOpenTime(cloud, 'haircut')
  const booking = await cloud.ok(STAFF, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', ...slot })
  const startAt = new Date((await db.collection('bookings').doc(booking.id).get()).data.startAt as string)
  const minutely = async (at: number) => {
    await cloud.post('/__cloud/clock', { now: new Date(at).toISOString() })
    await cloud.post('/__cloud/timers/minutely')
  }
  const told = async (kind: string, at = startAt) =>
    (
      await db
        .collection('messages')
        .where({ _id: db.RegExp({ regexp: `^remind:${booking.id}:${at.getTime()}:${kind}:` }) })
        .get()
    ).data
      .map((m) => m.to)
      .sort()
  const everyone = [CALLERS.cadreSelf, CALLERS.familyPermitted, CALLERS.familyLacking]

  await minutely(startAt.getTime() - 25 * 3_600_000)
  expect(await told('day')).toEqual([])
  await minutely(startAt.getTime() - 23 * 3_600_000)
  await minutely(startAt.getTime() - 22 * 3_600_000)
  expect(await told('day')).toEqual(everyone)
  expect(await told('soon')).toEqual([])
  await minutely(startAt.getTime() - 100 * 60_000)
  await minutely(startAt.getTime() - 90 * 60_000)
  expect(await told('soon')).toEqual(everyone)
  expect(await told('day')).toHaveLength(3)
  const [daughters] = (
    await db
      .collection('messages')
      .where({ _id: `remind:${booking.id}:${startAt.getTime()}:soon:demo-family-wangli` })
      .get()
  ).data
  expect(daughters.title).toMatch(/^两小时后：上门理发（/)

  // Moved to another time, it is told of again for the new time.
  await cloud.post('/__cloud/clock', undefined, 'DELETE')
  const later = await firstOpenTime(cloud, 'haircut')
  await cloud.ok(STAFF, 'booking.reschedule', { bookingId: booking.id, ...later })
  const movedTo = new Date((await db.collection('bookings').doc(booking.id).get()).data.startAt as string)
  await minutely(movedTo.getTime() - 23 * 3_600_000)
  expect(await told('day', movedTo)).toEqual(everyone)

  // An activity starting within two hours gets the two-hour reminder only, to each confirmed cadre. It is made
  // here, on the run's clock, so that no earlier minute of this test falls in its day-before window.
  await cloud.post('/__cloud/clock', undefined, 'DELETE')
  const day = dayAhead(3)
  const talk = await cloud.ok(STAFF, 'activity.save', {
    title: '健康讲座',
    category: '健康讲座',
    description: '',
    room: '社区活动室',
    date: day,
    start: '09:30',
    end: '10:30',
    deadlineDate: day,
    deadlineTime: '08:00',
    capacity: 20,
  })
  await cloud.ok(STAFF, 'activity.signUp', { activityId: talk.id, cadreId: 'cadre-01' })
  const startsAt = new Date(`${day}T09:30:00+08:00`).getTime()
  await minutely(startsAt - 60 * 60_000)
  const activityTold = (
    await db
      .collection('messages')
      .where({ _id: db.RegExp({ regexp: `^remind:${talk.id}:` }) })
      .get()
  ).data
  expect(activityTold.length).toBeGreaterThan(0)
  expect(activityTold.every((m) => (m._id as string).includes(':soon:'))).toBe(true)
})

it('reads only the day’s birthdays: a thousand more cadres born on other days cost the daily run nothing', async () => {
  const runDaily = async () => {
    await cloud.post('/__cloud/clock', { now: morningOf('2027-09-01').toISOString() })
    // Forget the day was done, so the run repeats the same work (finding what it wrote the first time).
    await db.collection('jobState').where({ _id: 'reminders' }).remove()
    const res = await request(`${cloud.url}/__cloud/timers/daily`, { method: 'POST' })
    const run = res.json<Daily>().data!.reminders
    return { roundTrips: Number(res.headers['x-localcloud-roundtrips']), birthdaysRead: run.birthdaysRead }
  }
  await register('1947-09-08')
  // The first run of the year also issues the service-card allowance; measure the one after.
  await runDaily()
  const before = await runDaily()
  expect(before.birthdaysRead).toBeGreaterThan(0)
  const others = Array.from({ length: 1000 }, (_, i) => ({
    _id: `other-${i}`,
    communityId: 'c-taoyuan',
    name: '其他老人',
    birthDate: '1940-01-01',
    birthdayKey: 'S:1-1',
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: false,
    address: '桃园街',
    // This year's allowance already issued, so the card job has nothing to do for them either.
    cardIssuedYear: 2027,
  }))
  await db.collection('cadres').add({ data: others } as never)
  expect(await runDaily()).toEqual(before)
})

it('visits every party member for 七一, a cut-off run resuming from the last cadre it finished', async () => {
  await db.collection('cadres').add({ data: partyMembers(250) } as never)
  const members = (await db.collection('cadres').where({ partyMember: true }).count()).total
  // 2027-07-01 is a week after the 24th; a first run on the 23rd settles everything else.
  await db.collection('jobState').where({ _id: 'reminders' }).remove()
  expect((await dailyOn('2027-06-23')).ok).toBe(true)
  const progress = async () => (await db.collection('jobState').where({ _id: 'festival:qiyi:2027-07-01' }).get()).data[0]
  const written = async () => (await db.collection('tasks').where({ dueDay: '2027-07-01', kind: '节日走访' }).count()).total
  let resumedMidway = false
  for (let nth = 5; ; nth += 4) {
    await cloud.post('/__cloud/faults', { failNth: nth })
    const run = await dailyOn('2027-06-24')
    const fired = ((await cloud.post('/__cloud/faults', {})) as { failNth: number }).failNth === 0
    await cloud.post('/__cloud/faults', { failNth: 0 })
    if (run.ok && !fired) break
    const state = await progress()
    if (state?.after && (await written()) < members) resumedMidway = true
  }
  expect(resumedMidway).toBe(true)
  expect(await written()).toBe(members)
  expect((await progress())?.doneThrough).toBe('2027-07-01')
})
