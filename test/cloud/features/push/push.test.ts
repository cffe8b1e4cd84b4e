// WeChat subscribe messages through the real functions and the real wx-server-sdk: localcloud answers the open
// API as WeChat does and records every call. One 允许 tap is one message; a message is pushed at most once,
// only after it is stored; a WeChat hiccup gives the consent back for the next minute, a refusal does not.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, freshOpenid } from '../../../support/callers'
import { bindFamily, firstOpenTime, registerCadre } from '../../../support/arrange'
import { PUSH_TEMPLATES } from '../../../../cloudfunctions/lib/features/push/rules'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import type { OpenApiCall } from '../../../../localcloud/emulator/openapi'
import { hostNow } from '../../../support/clock'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
beforeEach(() => cloud.post('/__cloud/openapi', undefined, 'DELETE'))
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const { cadreSelf: CADRE, familyPermitted: DAUGHTER, staffSame: STAFF } = CALLERS
const GRANDSON = CALLERS.familyLacking
const SERVICE = PUSH_TEMPLATES.service.id

const calls = async () => (await cloud.post('/__cloud/openapi', undefined, 'GET')) as OpenApiCall[]
const at = async (ms: number, timer: 'minutely' | 'daily' = 'minutely') => {
  await cloud.post('/__cloud/clock', { now: new Date(ms).toISOString() })
  return (await cloud.post(`/__cloud/timers/${timer}`)) as { ok: boolean; data: { pushed: Record<string, number> } }
}
const pushOf = async (id: string) => (await db.collection('messages').doc(id).get()).data.push as { state: string; tries: number }
const openCount = async (openid: string, kind = 'service') =>
  (await cloud.ok(openid, 'push.status', {})).kinds.find((k) => k.kind === kind)!.open

/** A stored message waiting to be pushed, as the reminder jobs write them. */
async function pendingMessage(to: string, title: string) {
  const _id = `test:${title}:${to}`
  await db.collection('messages').add({
    data: {
      _id,
      to,
      title,
      body: title,
      at: hostNow(),
      read: false,
      push: {
        kind: 'service',
        state: 'pending',
        data: { thing1: { value: title }, time2: { value: '2026年11月24日 09:30' }, thing3: { value: '—' } },
        page: 'packages/account/messages/index',
        tries: 0,
      },
    },
  })
  return _id
}

it('pushes a booking reminder once to each person who allowed it, and never more messages than 允许 taps', async () => {
  expect(await cloud.ok(CADRE, 'push.consent', { templateIds: [SERVICE], moment: 'booking' })).toMatchObject({
    kinds: expect.arrayContaining([{ kind: 'service', title: '上门服务提醒', templateId: SERVICE, open: 1 }]),
  })
  await cloud.ok(DAUGHTER, 'push.consent', { templateIds: [SERVICE], moment: 'binding' })

  const slot = await firstOpenTime(cloud, 'haircut')
  const booking = await cloud.ok(STAFF, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', ...slot })
  const startAt = new Date((await db.collection('bookings').doc(booking.id).get()).data.startAt as string).getTime()

  // The day before: three people are told in the app; the two who allowed it also get one WeChat message each.
  // (Only this booking's messages are looked at: the demo activities may fall in the same minutes.)
  const pushStates = async (kind: string) =>
    (
      await db
        .collection('messages')
        .where({ _id: db.RegExp({ regexp: `^remind:${booking.id}:.*:${kind}:` }) })
        .get()
    ).data
      .map((m) => `${m.to} ${(m.push as { state: string }).state}`)
      .sort()
  const dayBefore = await at(startAt - 23 * 3_600_000)
  expect(dayBefore.data.pushed).toMatchObject({ sent: 2 })
  expect(await pushStates('day')).toEqual([`${CADRE} sent`, `${DAUGHTER} sent`, `${GRANDSON} no-consent`])
  const sent = await calls()
  expect(sent.map((c) => c.data.touser).sort()).toEqual([CADRE, DAUGHTER])
  expect(sent[0]).toMatchObject({
    api: 'subscribeMessage.send',
    data: {
      template_id: SERVICE,
      page: 'packages/account/messages/index',
      data: { thing1: { value: '王建国 上门理发' }, time2: { value: expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/) } },
    },
  })

  // The next minute sends nothing again; two hours before, the consents are used up: in the app only.
  await at(startAt - 23 * 3_600_000 + 60_000)
  await at(startAt - 90 * 60_000)
  expect(await calls()).toHaveLength(2)
  expect((await pushStates('soon')).filter((s) => s.startsWith(CADRE))).toEqual([`${CADRE} no-consent`])
  expect(await openCount(CADRE)).toBe(0)
  const used = (await db.collection('subscriptions').where({ openid: CADRE }).get()).data
  expect(used).toEqual([expect.objectContaining({ state: 'used', usedFor: expect.stringMatching(`^remind:${booking.id}:`) })])
})

it('gives the consent back when WeChat fails and sends next minute; a refusal uses it up', async () => {
  const person = freshOpenid('family')
  await cloud.ok(person, 'push.consent', { templateIds: [SERVICE], moment: 'settings' })
  const first = await pendingMessage(person, '理发明天上门')

  await cloud.post('/__cloud/faults', { openapiErrcode: -1 })
  const hiccup = await at(hostNow().getTime())
  expect(hiccup.data.pushed).toMatchObject({ retried: 1, sent: 0 })
  expect(await pushOf(first)).toMatchObject({ state: 'pending', tries: 1 })
  expect(await openCount(person)).toBe(1)

  await at(hostNow().getTime() + 60_000)
  expect(await pushOf(first)).toMatchObject({ state: 'sent', tries: 2 })
  expect((await calls()).map((c) => c.data.touser)).toEqual([person])

  await cloud.ok(person, 'push.consent', { templateIds: [SERVICE], moment: 'settings' })
  const second = await pendingMessage(person, '助餐明天送到')
  await cloud.post('/__cloud/faults', { openapiErrcode: 43101 })
  expect((await at(hostNow().getTime() + 120_000)).data.pushed).toMatchObject({ refused: 1 })
  expect(await pushOf(second)).toMatchObject({ state: 'refused' })
  expect(await openCount(person)).toBe(0)
  expect(await calls()).toHaveLength(1)
})

it('never sends again a push whose run died after claiming it', async () => {
  const person = freshOpenid('family')
  await cloud.ok(person, 'push.consent', { templateIds: [SERVICE], moment: 'settings' })
  const id = await pendingMessage(person, '理发明天上门')
  await db
    .collection('messages')
    .doc(id)
    .update({ data: { 'push.state': 'sending', 'push.claimedAt': new Date(hostNow().getTime() - 11 * 60_000) } })

  expect((await at(hostNow().getTime())).data.pushed).toMatchObject({ uncertain: 1, sent: 0 })
  expect(await pushOf(id)).toMatchObject({ state: 'uncertain' })
  expect(await calls()).toEqual([])
  expect(await openCount(person)).toBe(1)
})

it('pushes the family birthday reminder from the daily job to family who allowed it', async () => {
  const cadre = await registerCadre(cloud, '周德明', '1946-06-12')
  const son = await bindFamily(cloud, cadre.id, '周文')
  await cloud.ok(son, 'push.consent', { templateIds: [PUSH_TEMPLATES.birthday.id], moment: 'binding' })

  await at(Date.parse('2027-06-09T00:00:00Z'), 'daily')
  expect((await calls()).map((c) => c.data)).toEqual([
    expect.objectContaining({
      touser: son,
      template_id: PUSH_TEMPLATES.birthday.id,
      data: { thing1: { value: '周德明' }, date2: { value: '2027年6月12日' }, thing3: { value: '81 岁生日，记得回家看看' } },
    }),
  ])
})

it('keeps at most ten open consents of a kind and refuses an unknown template, writing nothing', async () => {
  const person = freshOpenid('family')
  for (let i = 0; i < 12; i++) await cloud.ok(person, 'push.consent', { templateIds: [SERVICE], moment: 'settings' })
  expect(await openCount(person)).toBe(10)
  await ctx.refused(person, 'push.consent', { templateIds: ['someone-elses-template'], moment: 'settings' }, 'BAD_INPUT')
  await ctx.refused(person, 'push.consent', { templateIds: [], moment: 'settings' }, 'BAD_INPUT')
})
