// Correcting a cadre's record through the real api function: staff correct anything, family who book the address
// and phone, the cadre their own phone; every change is in the history (who, when, old → new); a form filled from
// an older read is refused rather than overwriting; a new birthday is keyed again for the daily job; a new address
// reaches the open booking's copy (the provider's page) with the minutely job.
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { STAFF, assignedBooking, newCadre } from '../../../support/arrange'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const recordOf = async (cadreId: string) => (await ctx.cloud.ok(STAFF, 'cadre.get', { cadreId })).record!
const stored = async (cadreId: string) => (await ctx.db.collection('cadres').doc(cadreId).get()).data

it('keeps every correction in the history, newest first, and keys a new lunar birthday for the daily job', async () => {
  const { cloud } = ctx
  const { id } = await newCadre(cloud)
  const first = await recordOf(id)
  const moved = await cloud.ok(STAFF, 'cadre.update', { cadreId: id, rev: first.rev, address: '桃园街 8 号 1 幢 101 室', livesAlone: true })
  expect(moved.changedWords).toBe('住址：桃园街 99 号 1 幢 101 室 → 桃园街 8 号 1 幢 101 室；独居：否 → 是')
  const lunar = await cloud.ok(STAFF, 'cadre.update', {
    cadreId: id,
    rev: moved.rev,
    celebrates: 'lunar',
    lunarBirth: { month: 2, day: 5, leap: false },
    workUnit: { name: '市水利局', contact: '刘主任', phone: '0574-87001234' },
  })
  expect(await stored(id)).toMatchObject({ birthdayKey: 'L:2-5', lunarBirth: { month: 2, day: 5, leap: false }, rev: 2 })
  // Back to the solar birthday: the lunar date goes, the key follows the solar date again.
  await cloud.ok(STAFF, 'cadre.update', { cadreId: id, rev: lunar.rev, celebrates: 'solar' })
  const back = await stored(id)
  expect(back.lunarBirth).toBeUndefined()
  expect(back.birthdayKey).toBe('S:3-8')

  const { entries } = await cloud.ok(STAFF, 'cadre.history', { cadreId: id })
  expect(entries.map((e) => e.changes.map((c) => `${c.label}:${c.from}→${c.to}`))).toEqual([
    ['过哪种生日:农历→公历', '农历生日:二月初五→'],
    ['过哪种生日:公历→农历', '农历生日:→二月初五', '原单位:→市水利局，刘主任，0574-87001234'],
    ['住址:桃园街 99 号 1 幢 101 室→桃园街 8 号 1 幢 101 室', '独居:否→是'],
    [],
  ])
  expect(entries.map((e) => [e.byName, e.what])).toEqual([...Array(3).fill(['陈静', '修改信息']), ['陈静', '登记']])
})

it('lets family who book correct the address and phone, the cadre his phone, and nothing else; writes nothing when refused', async () => {
  const { cloud, refused } = ctx
  const daughter = CALLERS.familyPermitted
  const rev = (await recordOf(TARGET_CADRE)).rev
  await refused(daughter, 'cadre.update', { cadreId: TARGET_CADRE, rev, rank: '副县级以上' }, 'FORBIDDEN')
  await refused(CALLERS.familyLacking, 'cadre.update', { cadreId: TARGET_CADRE, rev, address: '别处 1 号楼' }, 'FORBIDDEN')
  await refused(CALLERS.cadreSelf, 'cadre.update', { cadreId: TARGET_CADRE, rev, address: '别处 1 号楼' }, 'FORBIDDEN')
  await refused(CALLERS.staffOther, 'cadre.update', { cadreId: TARGET_CADRE, rev, address: '别处 1 号楼' }, 'FORBIDDEN')
  await refused(daughter, 'cadre.update', { cadreId: TARGET_CADRE, rev }, 'BAD_INPUT')

  const byDaughter = await cloud.ok(daughter, 'cadre.update', { cadreId: TARGET_CADRE, rev, address: '桃园街 15 号 1 幢 302 室' })
  // A form filled before her correction is refused, not written over it.
  await refused(CALLERS.cadreSelf, 'cadre.update', { cadreId: TARGET_CADRE, rev, phone: '13905741234' }, 'CADRE_CHANGED')
  const bySelf = await cloud.ok(CALLERS.cadreSelf, 'cadre.update', { cadreId: TARGET_CADRE, rev: byDaughter.rev, phone: '13905741234' })
  expect(bySelf).toMatchObject({ address: '桃园街 15 号 1 幢 302 室', phone: '13905741234' })
  const { entries } = await cloud.ok(daughter, 'cadre.history', { cadreId: TARGET_CADRE })
  expect(entries.slice(0, 2).map((e) => e.byName)).toEqual(['王建国', '王丽'])
})

it('brings the open booking’s copy of the address up to date with the minutely job', async () => {
  const { cloud } = ctx
  const booking = await assignedBooking(cloud)
  const rev = (await recordOf(TARGET_CADRE)).rev
  await cloud.ok(STAFF, 'cadre.update', { cadreId: TARGET_CADRE, rev, address: '桃园街 20 号 2 幢 602 室' })
  await cloud.post('/__cloud/timers/minutely')
  const copy = (await ctx.db.collection('bookings').doc(booking.id).get()).data
  expect(copy.address).toBe('桃园街 20 号 2 幢 602 室')
  expect((await stored(TARGET_CADRE)).copiesStale).toBe(false)
})
