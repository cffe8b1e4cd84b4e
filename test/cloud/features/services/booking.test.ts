// Home services through the real api function on localcloud: a cadre books a haircut, a daughter books meals
// for her father, the provider checks in and out, the cadre rates; cut-offs, the state machine, urgent repairs
// on the dispatch board, the cap on open bookings, and many people racing for one provider's time.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { CALLERS, DEMO } from '../../../support/callers'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database

const CADRE = CALLERS.cadreSelf
const DAUGHTER = CALLERS.familyPermitted
const GRANDSON = CALLERS.familyLacking
const STAFF = CALLERS.staffSame
const OTHER_STAFF = CALLERS.staffOther
const BARBER = DEMO.barber
const COOK = CALLERS.provider
const REPAIRER = DEMO.repairer

// Monday 23 November 2026, 09:00 in Shanghai: tomorrow is a Tuesday, when the barber works.
const MONDAY_9AM = '2026-11-23T01:00:00.000Z'
const TUESDAY = '2026-11-24'

const refusedWithoutWrite = (openid: string, action: string, input: unknown, code: string) => ctx.refused(openid, action, input, code)

beforeAll(async () => {
  ;({ cloud, db } = ctx)
  await cloud.post('/__cloud/clock', { now: MONDAY_9AM })
})
startEachTestFromHere(ctx)

const bookHaircut = (time: string) => cloud.ok(CADRE, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY, time })

it('lets a cadre book a haircut at an open time, sent to the barber, and the time is gone for others', async () => {
  const catalog = await cloud.ok(CADRE, 'service.catalog', { cadreId: 'cadre-01' })
  expect(catalog.services.map((s) => s.name)).toContain('上门理发')
  expect(catalog.services.find((s) => s.key === 'haircut')).toMatchObject({ price: '15.00\u00a0元', durationMin: 45, askNote: null })
  // Meals ask what to bring before they are booked: lunch or dinner, less salt.
  expect(catalog.services.find((s) => s.key === 'meals')?.askNote).toMatchObject({ label: expect.stringContaining('午餐还是晚餐') })

  const { times } = await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY })
  // 09:00–12:00 and 14:00–17:00 with 45-minute visits on a 30-minute grid.
  expect(times).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '14:00', '14:30', '15:00', '15:30', '16:00'])

  const booking = await bookHaircut('09:30')
  expect(booking).toMatchObject({
    status: 'assigned',
    statusWords: '已安排',
    when: '明天 上午 9:30',
    provider: { id: BARBER, name: '孙丽' },
    bookedBy: { name: '王建国', onBehalf: false },
    can: { cancel: true, reschedule: true, rate: false, checkIn: false },
  })

  // 09:30 + 45 minutes + a 15-minute buffer: nothing from 09:00 (would run into it) to 10:00 (inside it).
  const after = await cloud.ok(DAUGHTER, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY })
  expect(after.times).toEqual(['10:30', '11:00', '14:00', '14:30', '15:00', '15:30', '16:00'])
})

it('lists visits to come in the order they come, urgent first, then those to rate, then the past', async () => {
  const tuesday = await bookHaircut('09:30')
  const wednesday = await cloud.ok(CADRE, 'booking.create', {
    cadreId: 'cadre-01',
    serviceKey: 'haircut',
    date: '2026-11-25',
    time: '10:00',
  })
  const cancelled = await bookHaircut('14:00')
  await cloud.ok(CADRE, 'booking.cancel', { bookingId: cancelled.id })
  const urgent = await cloud.ok(CADRE, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'repair', urgent: true })
  const { bookings } = await cloud.ok(DAUGHTER, 'booking.list', { cadreId: 'cadre-01' })
  const ours = bookings.map((b) => b.id).filter((id) => [tuesday.id, wednesday.id, cancelled.id, urgent.id].includes(id))
  expect(ours).toEqual([urgent.id, tuesday.id, wednesday.id, cancelled.id])
})

it('marks each day 有空 with its times, 约满 when the barber is taken, 休息 when she does not work or has a day off', async () => {
  const daysOf = async () => (await cloud.ok(DAUGHTER, 'service.days', { cadreId: 'cadre-01', serviceKey: 'haircut' })).days
  const state = (days: { date: string; stateWords: string }[], date: string) => days.find((d) => d.date === date)?.stateWords
  const before = await daysOf()
  expect(before).toHaveLength(14)
  // The barber does not work on Mondays.
  expect(before[0]).toMatchObject({ date: '2026-11-23', words: '今天 11月23日 周一', state: 'off', stateWords: '休息', times: [] })
  const { times } = await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY })
  expect(before.find((d) => d.date === TUESDAY)).toMatchObject({ stateWords: '有空', times })

  // Staff fill Tuesday for other cadres until the barber has no time left.
  for (let n = 3; state(await daysOf(), TUESDAY) === '有空'; n++) {
    const free = (await daysOf()).find((d) => d.date === TUESDAY)!.times[0]
    await cloud.ok(STAFF, 'booking.create', {
      cadreId: `cadre-${String(n).padStart(2, '0')}`,
      serviceKey: 'haircut',
      date: TUESDAY,
      time: free,
    })
  }
  expect(state(await daysOf(), TUESDAY)).toBe('约满')

  const desk = await cloud.ok(STAFF, 'serviceDesk.get', {})
  const { id, kind, ...rest } = desk.providers.find((p) => p.id === BARBER)!
  await cloud.ok(STAFF, 'provider.save', { ...rest, providerId: id, kind: kind as '签约服务人员', daysOff: ['2026-11-27'] })
  expect(state(await daysOf(), '2026-11-27')).toBe('休息')
})

it('refuses times that are not open: too soon, off the grid, outside working hours, beyond two weeks', async () => {
  const tooSoon = { cadreId: 'cadre-01', serviceKey: 'haircut', date: '2026-11-23', time: '15:00' }
  await refusedWithoutWrite(CADRE, 'booking.create', tooSoon, 'SLOT_INVALID')
  await refusedWithoutWrite(CADRE, 'booking.create', { ...tooSoon, date: TUESDAY, time: '12:30' }, 'SLOT_INVALID')
  await refusedWithoutWrite(CADRE, 'booking.create', { ...tooSoon, date: TUESDAY, time: '09:15' }, 'SLOT_INVALID')
  await refusedWithoutWrite(CADRE, 'booking.create', { ...tooSoon, date: '2026-12-25', time: '09:00' }, 'SLOT_INVALID')
  await refusedWithoutWrite(CADRE, 'booking.create', { ...tooSoon, serviceKey: 'nosuch' }, 'SERVICE_UNAVAILABLE')
  await refusedWithoutWrite(CADRE, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', urgent: true }, 'SLOT_INVALID')
})

it('lets a daughter book meals for her father, but not a grandson whose link does not allow booking', async () => {
  await bookHaircut('09:30')
  const { times } = await cloud.ok(DAUGHTER, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'meals', date: TUESDAY })
  const meal = await cloud.ok(DAUGHTER, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'meals', date: TUESDAY, time: times[0] })
  // Same grid as 王建国: 周兰 is sent, not 何芳.
  expect(meal).toMatchObject({ provider: { id: COOK }, bookedBy: { name: '王丽', onBehalf: true } })
  expect(meal.history[0]).toMatchObject({ status: 'requested', byName: '王丽', note: '代王建国预约' })
  // Her home says when someone comes next and what the card can still pay.
  const { cared } = await cloud.ok(DAUGHTER, 'home.get', {})
  const father = cared.find((c) => c.cadreId === 'cadre-01')!
  // Soonest first: the meal at the first time of the day, then the haircut.
  expect(father.next.map((n) => n.words)).toEqual([`${meal.when} 助餐送餐`, '明天 上午 9:30 上门理发'])
  expect(father.available).toMatch(/^\d+\.\d{2}\u00a0元$/)

  await refusedWithoutWrite(GRANDSON, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'meals', date: TUESDAY }, 'FORBIDDEN')
  await refusedWithoutWrite(
    GRANDSON,
    'booking.create',
    { cadreId: 'cadre-01', serviceKey: 'meals', date: TUESDAY, time: times[1] },
    'FORBIDDEN',
  )
  // He may still see his grandfather's bookings, without the buttons.
  const seen = await cloud.ok(GRANDSON, 'booking.list', { cadreId: 'cadre-01' })
  expect(seen.bookings.length).toBeGreaterThanOrEqual(2)
  expect(seen.bookings.every((b) => !b.can.cancel)).toBe(true)
  await refusedWithoutWrite(OTHER_STAFF, 'booking.list', { cadreId: 'cadre-01' }, 'FORBIDDEN')
})

it('goes from assigned through check-in and check-out to rated, recording who and when at every step', async () => {
  const haircut = await bookHaircut('09:30')

  const tasks = await cloud.ok(BARBER, 'provider.tasks', {})
  expect(tasks.later.map((t) => t.id)).toContain(haircut.id)
  expect(tasks.later.find((t) => t.id === haircut.id)).toMatchObject({ address: '桃园街 12 号 3 幢 201 室', cadrePhone: '13805741234' })

  await refusedWithoutWrite(BARBER, 'booking.checkOut', { bookingId: haircut.id }, 'WRONG_STATUS')
  await refusedWithoutWrite(COOK, 'booking.checkIn', { bookingId: haircut.id }, 'FORBIDDEN')
  await refusedWithoutWrite(CADRE, 'booking.rate', { bookingId: haircut.id, stars: 5 }, 'WRONG_STATUS')

  expect(await cloud.ok(BARBER, 'booking.checkIn', { bookingId: haircut.id })).toMatchObject({
    status: 'in_service',
    statusWords: '正在服务',
  })
  expect(await cloud.ok(BARBER, 'booking.checkOut', { bookingId: haircut.id, note: '剪短了' })).toMatchObject({ status: 'completed' })
  const rated = await cloud.ok(CADRE, 'booking.rate', { bookingId: haircut.id, stars: 5, words: '孙师傅手艺好' })
  expect(rated).toMatchObject({ status: 'rated', rating: { stars: 5, words: '孙师傅手艺好' } })
  expect(rated.history.map((h) => `${h.status}:${h.byName}`)).toEqual([
    'requested:王建国',
    'assigned:系统就近安排',
    'in_service:孙丽',
    'completed:孙丽',
    'rated:王建国',
  ])
  await refusedWithoutWrite(CADRE, 'booking.rate', { bookingId: haircut.id, stars: 1 }, 'WRONG_STATUS')
})

it('frees the time and tells the provider on cancel; past the cut-off only staff can cancel', async () => {
  const booked = await bookHaircut('14:00')
  const cancelled = await cloud.ok(CADRE, 'booking.cancel', { bookingId: booked.id, reason: '家里来客人' })
  expect(cancelled).toMatchObject({ status: 'cancelled', statusWords: '已取消' })
  const { times } = await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY })
  expect(times).toContain('14:00')
  const { messages } = await cloud.ok(BARBER, 'message.list', {})
  expect(messages[0]).toMatchObject({ title: '上门理发已取消' })
  expect(messages[0].body).toContain('王建国')

  // The haircut cut-off is 3 hours: at 11:30 on Tuesday a 14:00 visit can no longer be cancelled online.
  const again = await bookHaircut('14:00')
  await cloud.post('/__cloud/clock', { now: '2026-11-24T03:30:00.000Z' })
  try {
    const shown = await cloud.ok(CADRE, 'booking.get', { bookingId: again.id })
    expect(shown.booking).toMatchObject({ callInstead: true, can: { cancel: false, reschedule: false } })
    expect(shown.dutyPhone).toBe('0574-87310000')
    const late = await refusedWithoutWrite(CADRE, 'booking.cancel', { bookingId: again.id }, 'TOO_LATE')
    expect(late.error.message).toContain('0574-87310000')
    await refusedWithoutWrite(DAUGHTER, 'booking.reschedule', { bookingId: again.id, date: '2026-11-25', time: '09:00' }, 'TOO_LATE')
    expect(await cloud.ok(STAFF, 'booking.cancel', { bookingId: again.id, reason: '老人来电取消' })).toMatchObject({ status: 'cancelled' })
  } finally {
    await cloud.post('/__cloud/clock', { now: MONDAY_9AM })
  }
})

it('moves a visit to another time with whoever is free then', async () => {
  const booked = await cloud.ok(DAUGHTER, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY, time: '15:00' })
  const moved = await cloud.ok(DAUGHTER, 'booking.reschedule', { bookingId: booked.id, date: '2026-11-25', time: '10:00' })
  expect(moved).toMatchObject({ status: 'assigned', date: '2026-11-25', time: '10:00', provider: { id: BARBER } })
  const tuesday = await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: TUESDAY })
  expect(tuesday.times).toContain('15:00')
  const wednesday = await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: '2026-11-25' })
  expect(wednesday.times).not.toContain('10:00')
  await cloud.ok(CADRE, 'booking.cancel', { bookingId: booked.id })
})

it('puts an urgent repair on the dispatch board at any hour; staff send someone and both sides are told', async () => {
  await cloud.post('/__cloud/clock', { now: '2026-11-23T15:00:00.000Z' })
  try {
    const urgent = await cloud.ok(CADRE, 'booking.create', {
      cadreId: 'cadre-01',
      serviceKey: 'repair',
      urgent: true,
      note: '厨房水管爆了',
    })
    expect(urgent).toMatchObject({ status: 'requested', urgent: true, when: '急修：尽快上门', provider: null })
    const board = await cloud.ok(STAFF, 'dispatch.board', {})
    expect(board.waiting.find((b) => b.id === urgent.id)).toMatchObject({ urgent: true, can: { assign: true } })
    expect(board.waiting.every((b, i, all) => i === 0 || !b.urgent || all[i - 1].urgent)).toBe(true)
    await refusedWithoutWrite(OTHER_STAFF, 'booking.assign', { bookingId: urgent.id, providerId: REPAIRER }, 'FORBIDDEN')
    await refusedWithoutWrite(STAFF, 'booking.assign', { bookingId: urgent.id, providerId: BARBER }, 'PROVIDER_UNAVAILABLE')
    const sent = await cloud.ok(STAFF, 'booking.assign', { bookingId: urgent.id, providerId: REPAIRER })
    expect(sent).toMatchObject({ status: 'assigned', provider: { id: REPAIRER, name: '钱明' } })
    expect((await cloud.ok(REPAIRER, 'message.list', {})).messages[0]).toMatchObject({
      title: '新任务：家电维修/管道疏通',
      opens: { page: 'booking', id: urgent.id },
    })
    expect((await cloud.ok(CADRE, 'message.list', {})).messages[0].body).toContain('钱明')
    expect((await cloud.ok(REPAIRER, 'provider.tasks', {})).today.map((t) => t.id)).toContain(urgent.id)
    // Sent but not yet at the door: the board keeps it in sight, with how long ago it was reported.
    const sentNow = (await cloud.ok(STAFF, 'dispatch.board', {})).sent
    expect(sentNow.find((b) => b.id === urgent.id)).toMatchObject({ provider: { name: '钱明' }, askedWords: '刚刚' })
    await cloud.ok(REPAIRER, 'booking.checkIn', { bookingId: urgent.id })
    expect((await cloud.ok(STAFF, 'dispatch.board', {})).sent.map((b) => b.id)).not.toContain(urgent.id)
    await cloud.ok(REPAIRER, 'booking.checkOut', { bookingId: urgent.id })
  } finally {
    await cloud.post('/__cloud/clock', { now: MONDAY_9AM })
  }
})

it('caps the open bookings of one cadre', async () => {
  const open = []
  for (const time of ['09:00', '10:30', '12:00', '13:30', '15:00']) {
    const r = await cloud.act(DEMO.cadreLi, 'booking.create', {
      cadreId: 'cadre-02',
      serviceKey: 'chat',
      date: '2026-11-28',
      time,
    })
    if (r.ok) open.push(r.data)
  }
  expect(open).toHaveLength(5)
  await refusedWithoutWrite(
    DEMO.cadreLi,
    'booking.create',
    { cadreId: 'cadre-02', serviceKey: 'chat', date: '2026-11-28', time: '16:00' },
    'TOO_MANY_OPEN',
  )
})

it('keeps to the cap when six bookings for one cadre arrive at the same instant: five open, one refused', async () => {
  const repair = { cadreId: 'cadre-17', serviceKey: 'repair', urgent: true as const }
  const answers = await Promise.all(Array.from({ length: 6 }, () => cloud.act(STAFF, 'booking.create', repair)))
  expect(answers.filter((a) => a.ok)).toHaveLength(5)
  expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(['TOO_MANY_OPEN'])
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: 'cadre-17' })
  expect(bookings.filter((b) => ['requested', 'assigned', 'in_service'].includes(b.status))).toHaveLength(5)
  // A cancelled one frees its place for the next.
  await cloud.ok(STAFF, 'booking.cancel', { bookingId: bookings[0].id })
  expect(await cloud.act(STAFF, 'booking.create', repair)).toMatchObject({ ok: true })
  expect(await cloud.act(STAFF, 'booking.create', repair)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_OPEN' } })
})

it('never double-books a provider: of many people racing for the one barber at one time, exactly one gets her', async () => {
  const cadres = Array.from({ length: 12 }, (_, i) => `cadre-${String(i + 3).padStart(2, '0')}`)
  // Some lose inside their transaction, some before it; either way nobody gets an error.
  const answers = await Promise.all(
    cadres.map((cadreId) => cloud.act(STAFF, 'booking.create', { cadreId, serviceKey: 'haircut', date: '2026-11-26', time: '09:30' })),
  )
  expect(answers.filter((a) => !a.ok)).toEqual([])
  const made = answers.flatMap((a) => (a.ok ? [a.data] : []))
  expect(made.filter((b) => b.status === 'assigned')).toHaveLength(1)
  // The others wait for staff on the dispatch board rather than being lost.
  expect(made.filter((b) => b.status === 'requested')).toHaveLength(cadres.length - 1)
  const day = (await db.collection('providerDays').doc(`${BARBER}:2026-11-26`).get()).data as unknown as { busy: unknown[] }
  expect(day.busy).toHaveLength(1)
  const board = await cloud.ok(STAFF, 'dispatch.board', { date: '2026-11-26' })
  expect(board.providers.find((p) => p.id === BARBER)?.bookings).toHaveLength(1)
  expect(board.waiting.filter((b) => b.date === '2026-11-26')).toHaveLength(cadres.length - 1)
})

it('lets staff set prices, pause a service, and give a provider a day off, which the slots follow at once', async () => {
  const desk = await cloud.ok(STAFF, 'serviceDesk.get', {})
  const haircut = desk.services.find((s) => s.key === 'haircut')!
  const rules = { serviceKey: 'haircut', priceFen: 1800, durationMin: 45, minNoticeHours: 12, cutoffHours: 3, active: true }
  expect(await cloud.ok(STAFF, 'serviceType.update', rules)).toMatchObject({ price: '18.00\u00a0元' })
  expect((await cloud.ok(CADRE, 'service.catalog', { cadreId: 'cadre-01' })).services.find((s) => s.key === 'haircut')?.price).toBe(
    '18.00\u00a0元',
  )
  await refusedWithoutWrite(STAFF, 'serviceType.update', { ...rules, priceFen: -100 }, 'BAD_INPUT')
  await refusedWithoutWrite(DAUGHTER, 'serviceType.update', rules, 'FORBIDDEN')

  await cloud.ok(STAFF, 'serviceType.update', { ...rules, active: false })
  await refusedWithoutWrite(
    CADRE,
    'service.slots',
    { cadreId: 'cadre-01', serviceKey: 'haircut', date: '2026-11-27' },
    'SERVICE_UNAVAILABLE',
  )
  await cloud.ok(STAFF, 'serviceType.update', { ...rules, priceFen: haircut.priceFen })

  const barber = desk.providers.find((p) => p.id === BARBER)!
  const { id, kind, ...rest } = barber
  const fields = { ...rest, providerId: id, kind: kind as '签约服务人员', daysOff: ['2026-11-27'] }
  expect(await cloud.ok(STAFF, 'provider.save', fields)).toMatchObject({ daysOff: ['2026-11-27'] })
  expect((await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: '2026-11-27' })).times).toEqual([])
  await refusedWithoutWrite(OTHER_STAFF, 'provider.save', fields, 'NOT_FOUND')
  await cloud.ok(STAFF, 'provider.save', { ...fields, daysOff: [] })
  expect((await cloud.ok(CADRE, 'service.slots', { cadreId: 'cadre-01', serviceKey: 'haircut', date: '2026-11-27' })).times).not.toEqual([])
})
