// Staff register a cadre: the lunar birthday kept as the elder tells it, and the daily job's 祝寿 task on that day.
import { Lunar } from 'lunar-javascript'
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { REGISTER_INPUT } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

it('keeps the lunar birthday the elder tells, and gives staff the 祝寿 visit a week before it', async () => {
  // Born 1947-04-28 (solar), but he says his birthday is 农历三月初八: the record keeps what he says.
  const lunarBirth = { month: 3, day: 8, leap: false }
  const cadre = await cloud.ok(CALLERS.staffSame, 'cadre.register', {
    ...REGISTER_INPUT,
    name: '赵守仁',
    birthDate: '1947-04-28',
    celebrates: 'lunar',
    rank: '一般',
    lunarBirth,
  })
  const stored = (await db.collection('cadres').doc(cadre.id).get()).data
  expect(stored).toMatchObject({ lunarBirth, birthdayKey: 'L:3-8' })

  // 农历三月初八 of 2027, when he turns 80: the daily run a week before gives staff the visit.
  const day = Lunar.fromYmd(2027, 3, 8).getSolar()
  const weekBefore = new Date(Date.UTC(day.getYear(), day.getMonth() - 1, day.getDay()) - 7 * 86_400_000)
  await cloud.post('/__cloud/clock', { now: weekBefore.toISOString() })
  expect(await cloud.post('/__cloud/timers/daily')).toMatchObject({ ok: true })
  const task = (await db.collection('tasks').doc(`birthday:${cadre.id}:2027`).get()).data
  expect(task).toMatchObject({ kind: '祝寿', title: expect.stringContaining('80 岁') })
})

it('refuses a lunar birthday for someone who celebrates the solar one, writing nothing', async () => {
  await ctx.refused(
    CALLERS.staffSame,
    'cadre.register',
    { ...REGISTER_INPUT, celebrates: 'solar', lunarBirth: { month: 3, day: 8, leap: false } },
    'BAD_INPUT',
  )
})
