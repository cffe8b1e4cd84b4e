// The bureau's reminder policy steers the real daily job: a lower 逢五排十 threshold, an added festival and a
// moved health-check day all change what staff are given. And the job's yearly and quarterly sweeps: every
// cadre's 年度体检 on the policy's day, and each doctor's 巡诊 patients on the first day of a quarter.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, DEMO } from '../../../support/callers'
import { REMINDER_POLICY_INPUT } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const { admin: BUREAU, staffSame: STAFF, cadreSelf: CADRE } = CALLERS
const DOCTOR = DEMO.doctor

async function dailyOn(day: string) {
  await cloud.post('/__cloud/clock', { now: new Date(`${day}T00:00:00Z`).toISOString() })
  return (await cloud.post('/__cloud/timers/daily')) as { ok: boolean; data: { reminders: { days: string[]; tasks: number } } }
}
/** The bureau's policy of these tests: 一般 cadres from 75, health checks from 1月20日, 元宵 and 七一 visited. */
const saveBureauPolicy = () =>
  cloud.ok(BUREAU, 'reminderPolicy.save', {
    ...REMINDER_POLICY_INPUT,
    birthday: { thresholds: { 副县级以上: 70, 一般: 75 }, reckoning: 'full' },
    healthCheck: { month: 1, day: 20 },
  })
const task = async (id: string) => (await db.collection('tasks').where({ _id: id }).get()).data[0]
const tasksLike = async (re: string) =>
  (
    await db
      .collection('tasks')
      .where({ _id: db.RegExp({ regexp: re }) })
      .get()
  ).data

it('lets the bureau change the policy, staff only read it, and refuses a threshold that is not round, writing nothing', async () => {
  expect(await cloud.ok(STAFF, 'reminderPolicy.get', {})).toMatchObject({ isDefault: true, canEdit: false, familyLeadDays: 3 })
  await ctx.refused(STAFF, 'reminderPolicy.save', REMINDER_POLICY_INPUT, 'FORBIDDEN')
  await ctx.refused(
    BUREAU,
    'reminderPolicy.save',
    { ...REMINDER_POLICY_INPUT, birthday: { thresholds: { 副县级以上: 70, 一般: 78 }, reckoning: 'full' } },
    'BAD_INPUT',
  )
  await ctx.refused(
    BUREAU,
    'reminderPolicy.save',
    { ...REMINDER_POLICY_INPUT, festivals: [{ key: 'qingming', audience: 'all' }] },
    'BAD_INPUT',
  )

  const saved = await saveBureauPolicy()
  expect(saved).toMatchObject({ isDefault: false, canEdit: true, healthCheck: { month: 1, day: 20 } })
  expect(saved.festivals.map((f) => f.name)).toEqual(['春节', '端午', '中秋', '重阳', '元宵', '七一'])
  const audit = (await db.collection('auditLog').where({ action: 'reminderPolicy.save' }).get()).data
  expect(audit).toHaveLength(1)
})

it('follows the saved policy: a 75-year-old 一般 cadre is visited, 元宵 is visited, health checks start on 1月20日', async () => {
  await saveBureauPolicy()
  const cadre = await cloud.ok(STAFF, 'cadre.register', {
    name: '钱守义',
    gender: '男',
    birthDate: '1952-01-27',
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 5 号 2 幢 302 室',
    livesAlone: true,
    partyMember: false,
  })
  // 2027-01-20: a week ahead is the 27th (his 75th); 元宵 2027 is 2027-02-20, a week after 02-13.
  expect((await dailyOn('2027-01-20')).ok).toBe(true)
  expect(await task(`birthday:${cadre.id}:2027`)).toMatchObject({ kind: '祝寿', title: `${cadre.name} 75 岁生日（1月27日 周三）` })
  expect(await task(`healthCheck:2027:${cadre.id}`)).toMatchObject({ kind: '年度体检', dueDay: '2027-02-19' })
  expect(await task(`healthCheck:2027:cadre-01`)).toMatchObject({ kind: '年度体检', cadreName: '王建国' })
  const told = (
    await db
      .collection('messages')
      .where({ _id: `healthCheck:2027:cadre-01:${CADRE}` })
      .get()
  ).data
  expect(told).toEqual([expect.objectContaining({ title: '王建国 2027 年度体检' })])

  await dailyOn('2027-02-13')
  expect((await tasksLike('^festival:yuanxiao:2027:')).length).toBeGreaterThan(0)
})

it('on the first day of a quarter, each doctor is told of their patients and staff get a 巡诊 task due at its end, once', async () => {
  const first = await dailyOn('2027-04-01')
  expect(first.ok).toBe(true)
  expect(await task('doctorVisit:2027Q2:cadre-01')).toMatchObject({
    kind: '巡诊',
    title: '吴医生为王建国巡诊（2027年第二季度（4–6月））',
    dueDay: '2027-06-30',
  })
  const toDoctor = (await db.collection('messages').where({ to: DOCTOR }).get()).data
  expect(toDoctor.map((m) => m.title)).toContain('巡诊：王建国（2027年第二季度（4–6月））')
  const visits = (await tasksLike('^doctorVisit:2027Q2:')).length
  expect(visits).toBe(toDoctor.filter((m) => String(m.title).startsWith('巡诊')).length)

  // Run again the same morning: the day is done, nothing is written twice.
  await db
    .collection('jobState')
    .doc('reminders')
    .update({ data: { doneThrough: '2027-03-31' } })
  await dailyOn('2027-04-01')
  expect(await tasksLike('^doctorVisit:2027Q2:')).toHaveLength(visits)
  expect((await db.collection('messages').where({ to: DOCTOR }).get()).data).toHaveLength(toDoctor.length)
})
