// A cadre's status through the real api and daily functions: marked 去世, the cadre gets the 吊唁 task and the bureau
// is told, the open visit is cancelled with the held money back, and from then on — across a year of daily runs —
// no birthday task, no card money and no message to the family, while a living twin gets all three; the history
// stays readable; the change is undone with a reason within 30 days and not after. 长期住院 stops home services.
import { STAFF, assignedBooking, bindFamily, registerCadre, requestId } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const today = () => shanghaiDay(hostNow())
const inbox = async (openid: string) => (await ctx.db.collection('messages').where({ to: openid }).get()).data
const tasksOf = async (cadreId: string) => (await ctx.db.collection('tasks').where({ cadreId }).get()).data
const stored = async (cadreId: string) => (await ctx.db.collection('cadres').doc(cadreId).get()).data
const daily = async (at: Date) => {
  await ctx.cloud.post('/__cloud/clock', { now: at.toISOString() })
  try {
    return await ctx.cloud.post('/__cloud/timers/daily')
  } finally {
    await ctx.cloud.post('/__cloud/clock', undefined, 'DELETE')
  }
}

it('gives no birthday task, card money or family message to a cadre who died, across a year, while his twin gets them', async () => {
  const { cloud } = ctx
  // Both turn 80 in ten days: the 祝寿 task is due a week ahead, the family is told three days ahead.
  const birth = `${Number(today().slice(0, 4)) - 80}-${dayAfter(today(), 10).slice(5)}`
  const [living, dead] = [await registerCadre(cloud, '在世的甲', birth), await registerCadre(cloud, '去世的乙', birth)]
  const [livingSon, deadSon] = [await bindFamily(cloud, living.id, '甲之子'), await bindFamily(cloud, dead.id, '乙之子')]
  await cloud.ok(STAFF, 'cadre.update', {
    cadreId: dead.id,
    rev: 0,
    workUnit: { name: '市水利局', contact: '刘主任', phone: '0574-87001234' },
  })
  await cloud.ok(STAFF, 'cadre.setStatus', { cadreId: dead.id, rev: 1, status: '去世', diedOn: today() })

  const [condolence] = await tasksOf(dead.id)
  expect(condolence).toMatchObject({
    kind: '吊唁',
    title: '去世的乙 去世，上门吊唁',
    note: expect.stringContaining('请告知原单位市水利局（刘主任 0574-87001234）'),
  })
  expect((await inbox(CALLERS.admin)).map((m) => m.title)).toContain('老干部去世：去世的乙')

  // Daily runs at the moments that matter: a week before, three days before, and the same a year on.
  const day = 86_400_000
  for (const days of [3, 7, 365 + 3, 365 + 7]) await daily(new Date(hostNow().getTime() + days * day))
  expect((await tasksOf(living.id)).map((t) => t.kind)).toContain('祝寿')
  expect((await tasksOf(dead.id)).map((t) => t.kind)).toEqual(['吊唁'])
  expect((await inbox(livingSon)).length).toBeGreaterThan(0)
  expect(await inbox(deadSon)).toEqual([])
  expect((await stored(living.id)).cardIssuedYear).toBeGreaterThan(0)
  expect((await stored(dead.id)).cardIssuedYear).toBeUndefined()

  // The history stays, and says who recorded the death.
  const { entries } = await cloud.ok(STAFF, 'cadre.history', { cadreId: dead.id })
  expect(entries[0]).toMatchObject({
    what: '改为“去世”',
    byName: '陈静',
    changes: [
      { label: '状态', from: '在册', to: '去世' },
      { label: '去世日期', to: today() },
    ],
  })
  // Not on the roster's usual list; found when asked for.
  expect((await cloud.ok(STAFF, 'cadre.list', { keyword: '去世的乙' })).total).toBe(0)
  expect((await cloud.ok(STAFF, 'cadre.list', { keyword: '去世的乙', status: '去世' })).total).toBe(1)
})

it('cancels the open visit with the held money back, and takes a death back only with a reason within 30 days', async () => {
  const { cloud, refused } = ctx
  const booking = await assignedBooking(cloud)
  const held = (await cloud.ok(STAFF, 'card.get', { cadreId: TARGET_CADRE })).heldFen
  expect(held).toBeGreaterThan(0)
  const rev = (await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })).record!.rev
  await refused(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev, status: '去世' }, 'BAD_INPUT')
  await refused(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev, status: '去世', diedOn: dayAfter(today(), 1) }, 'BAD_INPUT')
  await refused(CALLERS.familyPermitted, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev, status: '去世', diedOn: today() }, 'FORBIDDEN')
  const dead = await cloud.ok(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev, status: '去世', diedOn: today() })
  expect((await cloud.ok(STAFF, 'booking.get', { bookingId: booking.id })).booking.status).toBe('cancelled')
  expect((await cloud.ok(STAFF, 'card.get', { cadreId: TARGET_CADRE })).heldFen).toBe(held - booking.priceFen)

  await refused(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev: dead.rev, status: '在册' }, 'BAD_INPUT')
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 31 * 86_400_000).toISOString() })
  try {
    await refused(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev: dead.rev, status: '在册', reason: '登记错了人' }, 'BAD_INPUT')
  } finally {
    await cloud.post('/__cloud/clock', undefined, 'DELETE')
  }
  const back = await cloud.ok(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev: dead.rev, status: '在册', reason: '登记错了人' })
  expect(back.changedWords).toBe('状态：去世 → 在册')
  expect((await stored(TARGET_CADRE)).status).toBeUndefined()
})

it('offers no home service while the cadre is in hospital for long; staff still visit', async () => {
  const { cloud, refused } = ctx
  const rev = (await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })).record!.rev
  await cloud.ok(STAFF, 'cadre.setStatus', { cadreId: TARGET_CADRE, rev, status: '长期住院' })
  await refused(
    CALLERS.familyPermitted,
    'booking.create',
    { cadreId: TARGET_CADRE, serviceKey: 'repair', urgent: true, note: '水管漏水' },
    'CADRE_AWAY',
  )
  await cloud.ok(STAFF, 'visit.report', { cadreId: TARGET_CADRE, kind: '住院', note: '住进区医院', requestId: requestId() })
  expect((await cloud.ok(STAFF, 'cadre.list', { status: '长期住院' })).cadres.map((c) => c.id)).toContain(TARGET_CADRE)
})
