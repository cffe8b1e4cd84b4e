// 一键通 through the real api and minutely functions: the call is stored before anyone is told; family with the
// permission are told first, staff on duty after three minutes without an answer; a notice that fails is
// retried and the call is never lost; whoever answers stops the escalation and the family read "社区已响应".
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { hostNow } from '../../../support/clock'
import { CALLERS, DEMO } from '../../../support/callers'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const CADRE = CALLERS.cadreSelf
const DAUGHTER = CALLERS.familyPermitted
const GRANDSON = CALLERS.familyLacking
const STAFF = CALLERS.staffSame
const SECOND_STAFF = DEMO.secondStaff
const OTHER_STAFF = CALLERS.staffOther

const minutely = async (at: Date) => {
  await cloud.post('/__cloud/clock', { now: at.toISOString() })
  return ((await cloud.post('/__cloud/timers/minutely')) as { data: { sosSteps: number } }).data.sosSteps
}
const latest = async (openid: string) => (await cloud.ok(openid, 'message.list', {})).messages[0]
const latestTitle = async (openid: string) => (await latest(openid))?.title

it('tells the family first, the staff on duty after three minutes without an answer, and records each step', async () => {
  const start = new Date(hostNow().getTime() + 60_000)
  await cloud.post('/__cloud/clock', { now: start.toISOString() })
  const raised = await cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' })
  expect(raised).toMatchObject({ status: 'open', statusWords: '正在通知家属', dutyPhone: '0574-87310000' })
  expect(raised.steps.map((s) => s.words)).toEqual(['王建国按了一键通', '已通知家属：王丽'])
  expect(await latestTitle(DAUGHTER)).toBe('一键通求助：王建国')
  // 王小军's link does not include 一键通; he is not told.
  expect(await latestTitle(GRANDSON)).not.toBe('一键通求助：王建国')
  // Pressing again joins the open call.
  expect((await cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' })).id).toBe(raised.id)

  // Minutes from when the family were told, as stored (the press itself took a moment after the clock was set).
  const told = new Date(((await db.collection('sosEvents').doc(raised.id).get()).data as unknown as { tierSince: string }).tierSince)
  expect(await minutely(new Date(told.getTime() + 2 * 60_000))).toBe(0)
  expect(await minutely(new Date(told.getTime() + 3 * 60_000))).toBe(1)
  // 分片包干: 王建国 lives in 陈静's grid, so she is told first and in words that say he is hers.
  expect(await latestTitle(STAFF)).toBe('【您负责的桃园一网格】一键通求助：王建国')
  expect(await latestTitle(SECOND_STAFF)).toBe('一键通求助：王建国')
  // A tap on the message opens where each answers: staff the duty console, the daughter her home.
  expect((await latest(STAFF))?.opens).toEqual({ page: 'sosConsole' })
  expect((await latest(DAUGHTER))?.opens).toEqual({ page: 'home' })
  const { event } = await cloud.ok(DAUGHTER, 'sos.status', { cadreId: 'cadre-01' })
  expect(event?.steps.map((s) => s.words).slice(2)).toEqual([
    '家属 3 分钟内没有响应，转告社区值班人员',
    '已通知社区值班人员：陈静（网格负责人）、黄伟',
  ])
  // The last tier stays on it; nothing more to do.
  expect(await minutely(new Date(told.getTime() + 10 * 60_000))).toBe(0)

  const console = await cloud.ok(STAFF, 'sos.console', {})
  expect(console.events[0]).toMatchObject({ id: raised.id, cadreName: '王建国', livesAlone: false, status: 'open' })
  expect(console.events[0].family.map((f) => f.name)).toContain('王丽')
  expect(console.events[0]).toMatchObject({ grid: '桃园一网格', keeperName: '陈静', mine: true })
  expect((await cloud.ok(SECOND_STAFF, 'sos.console', {})).events[0]).toMatchObject({ keeperName: '陈静', mine: false })
  expect((await cloud.ok(OTHER_STAFF, 'sos.console', {})).events.map((e) => e.id)).not.toContain(raised.id)
  await ctx.refused(OTHER_STAFF, 'sos.acknowledge', { eventId: raised.id }, 'FORBIDDEN')

  expect(await cloud.ok(STAFF, 'sos.acknowledge', { eventId: raised.id })).toMatchObject({
    status: 'acknowledged',
    statusWords: '社区已响应（陈静）',
  })
  expect((await cloud.ok(DAUGHTER, 'sos.status', { cadreId: 'cadre-01' })).event?.statusWords).toBe('社区已响应（陈静）')
  expect(await latestTitle(DAUGHTER)).toBe('社区已响应：王建国')
  await ctx.refused(SECOND_STAFF, 'sos.acknowledge', { eventId: raised.id }, 'WRONG_STATUS')
  await cloud.ok(STAFF, 'sos.note', { eventId: raised.id, text: '已到家，老人头晕，已扶到床上' })
  const closed = await cloud.ok(STAFF, 'sos.close', { eventId: raised.id, outcome: '血压偏高，家属陪同去医院复查' })
  expect(closed).toMatchObject({ status: 'closed', statusWords: '已处理完：血压偏高，家属陪同去医院复查' })
  expect(closed.steps.map((s) => s.words).slice(-2)).toEqual([
    '陈静：已到家，老人头晕，已扶到床上',
    '陈静处理完毕：血压偏高，家属陪同去医院复查',
  ])
})

it('keeps the call when telling anyone fails, and the minutely sweep tells them after', async () => {
  // The 10th database request of this press is the first notice (after the caller, the cadre and the caller's
  // links, then the last call, recipients and duty phone are read, and the call and its count are written):
  // make it fail.
  const before = (await db.collection('sosEvents').where({}).count()).total
  await cloud.post('/__cloud/faults', { failNth: 10 })
  const raised = await cloud.act(DAUGHTER, 'sos.raise', { cadreId: 'cadre-01' })
  await cloud.post('/__cloud/faults', { failNth: 0 })
  expect(raised).toMatchObject({ ok: true, data: { status: 'open' } })
  expect((await db.collection('sosEvents').where({}).count()).total).toBe(before + 1)
  const stored = async () => {
    const { data } = await db
      .collection('sosEvents')
      .doc(raised.ok ? raised.data.id : '')
      .get()
    return (data as unknown as { steps: { words: string }[] }).steps.map((s) => s.words)
  }
  expect(await stored()).toEqual(['王丽按了一键通'])
  expect(await minutely(hostNow())).toBe(1)
  expect(await minutely(hostNow())).toBe(0)
  expect(await stored()).toEqual(['王丽按了一键通', '已通知社区值班人员：陈静（网格负责人）、黄伟'])
  if (raised.ok) await cloud.ok(STAFF, 'sos.close', { eventId: raised.data.id, outcome: '测试结束' })
})

it('lets only family with the 一键通 permission raise a call, and only for their own elder', async () => {
  expect((await cloud.ok(DAUGHTER, 'cadre.get', { cadreId: 'cadre-01' })).mayRaiseSos).toBe(true)
  expect((await cloud.ok(GRANDSON, 'cadre.get', { cadreId: 'cadre-01' })).mayRaiseSos).toBe(false)
  await ctx.refused(GRANDSON, 'sos.raise', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  await ctx.refused(CALLERS.familyUnlinked, 'sos.raise', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  await ctx.refused(OTHER_STAFF, 'sos.raise', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  await ctx.refused(CADRE, 'sos.raise', { cadreId: 'cadre-02' }, 'FORBIDDEN')
  // Nor may family without it take a call from the community: the alert must still reach staff.
  const raised = await cloud.ok(DAUGHTER, 'sos.raise', { cadreId: 'cadre-01' })
  await ctx.refused(GRANDSON, 'sos.acknowledge', { eventId: raised.id }, 'FORBIDDEN')
  await ctx.refused(GRANDSON, 'sos.note', { eventId: raised.id, text: '我来看看' }, 'FORBIDDEN')
  await cloud.ok(STAFF, 'sos.close', { eventId: raised.id, outcome: '测试结束' })
})

it('makes one call of two presses at the same instant, by the cadre and the daughter', async () => {
  const before = (await db.collection('sosEvents').where({ cadreId: 'cadre-01' }).count()).total
  const [a, b] = await Promise.all([
    cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' }),
    cloud.ok(DAUGHTER, 'sos.raise', { cadreId: 'cadre-01' }),
  ])
  expect(b.id).toBe(a.id)
  expect((await db.collection('sosEvents').where({ cadreId: 'cadre-01' }).count()).total).toBe(before + 1)
  await cloud.ok(STAFF, 'sos.close', { eventId: a.id, outcome: '测试结束' })
})

it('tells whoever may be told at the moment of telling: a permission withdrawn after the press is not told', async () => {
  const count = async (openid: string, title: string) =>
    (await cloud.ok(openid, 'message.list', {})).messages.filter((m) => m.title === title).length
  const [alerts, answered] = [await count(DAUGHTER, '一键通求助：王建国'), await count(DAUGHTER, '社区已响应：王建国')]
  const raised = await cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' })
  expect(await count(DAUGHTER, '一键通求助：王建国')).toBe(alerts + 1)
  const { links } = await cloud.ok(CADRE, 'me.get', {})
  const daughters = links.find((l) => l.familyName === '王丽')!
  await cloud.ok(CADRE, 'binding.setPermissions', { linkId: daughters.id, permissions: { ...daughters.permissions, sos: false } })
  try {
    const told = new Date(((await db.collection('sosEvents').doc(raised.id).get()).data as unknown as { tierSince: string }).tierSince)
    expect(await minutely(new Date(told.getTime() + 3 * 60_000))).toBe(1)
    await cloud.post('/__cloud/clock', undefined, 'DELETE')
    const cadreAnswered = await count(CADRE, '社区已响应：王建国')
    await cloud.ok(STAFF, 'sos.acknowledge', { eventId: raised.id })
    expect(await count(DAUGHTER, '社区已响应：王建国')).toBe(answered)
    expect(await count(CADRE, '社区已响应：王建国')).toBe(cadreAnswered + 1)
  } finally {
    await cloud.ok(CADRE, 'binding.setPermissions', { linkId: daughters.id, permissions: daughters.permissions })
    await cloud.ok(STAFF, 'sos.close', { eventId: raised.id, outcome: '测试结束' })
  }
})

it('ends a call pressed by mistake when the cadre says 我没事了, telling everyone who was told, once', async () => {
  const raised = await cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' })
  await ctx.refused(GRANDSON, 'sos.falseAlarm', { eventId: raised.id }, 'FORBIDDEN')
  await ctx.refused(OTHER_STAFF, 'sos.falseAlarm', { eventId: raised.id }, 'FORBIDDEN')
  const allWell = async () => (await cloud.ok(DAUGHTER, 'message.list', {})).messages.filter((m) => m.title === '没事了：王建国').length
  const ended = await cloud.ok(CADRE, 'sos.falseAlarm', { eventId: raised.id })
  expect(ended).toMatchObject({ status: 'closed', statusWords: '已处理完：误按，老人没事' })
  expect(await allWell()).toBe(1)
  await ctx.refused(CADRE, 'sos.falseAlarm', { eventId: raised.id }, 'WRONG_STATUS')
  // A new press after it is a new call, not the ended one.
  const again = await cloud.ok(CADRE, 'sos.raise', { cadreId: 'cadre-01' })
  expect(again.id).not.toBe(raised.id)
  await cloud.ok(STAFF, 'sos.close', { eventId: again.id, outcome: '测试结束' })
})
