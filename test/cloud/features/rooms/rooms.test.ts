// 六室一站 through the real api: ten reservations of one room and time at once give exactly one; one room serves
// several groups a day by time; a cadre's request waits for staff, and a refused or cancelled one frees the time;
// 杏花's staff neither see nor decide 桃园's rooms; times off the half hour, outside opening hours or past are refused;
// an activity holds its room for its time, and the hold follows the activity when it moves or is cancelled.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { newActivity, STAFF } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { ACTIVITY_ROOM, READING_ROOM } from './fixtures'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)

const { cadreSelf: CADRE, familyPermitted: DAUGHTER, staffOther: XINGHUA_STAFF } = CALLERS
const inDays = (n: number) => dayAfter(shanghaiDay(hostNow()), n)
let forms = 0
const lend = (date: string, start: string, end: string, purpose = '合唱排练', roomId = READING_ROOM) => ({
  requestId: `rooms-test-${process.pid}-${++forms}`,
  roomId,
  date,
  start,
  end,
  purpose,
})

it('lends one room and time to exactly one of ten who ask at once, and the room to several groups a day by time', async () => {
  const day = inDays(5)
  const answers = await Promise.all(
    Array.from({ length: 10 }, () => cloud.invoke('api', { action: 'room.reserve', input: lend(day, '14:00', '15:00') }, STAFF)),
  )
  const results = answers.map((a) => a.result as { ok: boolean; error?: { code: string } })
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => !r.ok).map((r) => r.error?.code)).toEqual(Array(9).fill('ROOM_TAKEN'))
  const held = await db.collection('roomDays').doc(`${READING_ROOM}:${day}`).get()
  expect((held.data as unknown as { spans: unknown[] }).spans).toHaveLength(1)
  expect((await db.collection('roomReservations').where({ roomId: READING_ROOM, day }).count()).total).toBe(1)

  // Overlapping by half an hour is refused in words; the hour after is free (一室多用).
  const overlap = await cloud.invoke('api', { action: 'room.reserve', input: lend(day, '14:30', '15:30') }, STAFF)
  expect(overlap.result).toMatchObject({ ok: false, error: { code: 'ROOM_TAKEN', message: '14:00–15:00 已经借出去了，请换个时间' } })
  await cloud.ok(STAFF, 'room.reserve', lend(day, '15:00', '16:00', '书法小组'))
  const week = await cloud.ok(STAFF, 'room.week', { roomId: READING_ROOM, from: day })
  expect(week.days[0].reservations.map((r) => [r.start, r.end, r.purpose, r.statusWords])).toEqual([
    ['14:00', '15:00', '合唱排练', '已借定'],
    ['15:00', '16:00', '书法小组', '已借定'],
  ])
})

it('takes a cadre’s request once, waits for staff, and frees the time when refused or cancelled', async () => {
  const day = inDays(6)
  const form = { cadreId: TARGET_CADRE, ...lend(day, '09:00', '10:30', '老战友聚会'), people: 6 }
  const asked = await cloud.ok(CADRE, 'room.reserve', form)
  expect((await cloud.ok(CADRE, 'room.reserve', form)).id).toBe(asked.id)
  expect(asked).toMatchObject({ status: 'pending', statusWords: '等社区同意', mine: true, timeWords: '上午 9:00 到 10:30' })
  const told = (await db.collection('messages').where({ to: STAFF }).get()).data as unknown as { title: string }[]
  expect(told.map((m) => m.title)).toContain('王建国申请借用老干部阅览室')

  // The daughter sees the time is taken, not whose or what for; staff see the request waiting.
  const hers = await cloud.ok(DAUGHTER, 'room.week', { cadreId: 'cadre-01', roomId: READING_ROOM, from: day })
  expect(hers.days[0].reservations[0]).toMatchObject({ mine: true, purpose: '老战友聚会' })
  const staffWeek = await cloud.ok(STAFF, 'room.week', { roomId: READING_ROOM, from: day })
  expect(staffWeek.pending.map((r) => r.id)).toContain(asked.id)
  await ctx.refused(XINGHUA_STAFF, 'room.decide', { reservationId: asked.id, approve: true }, 'NOT_FOUND')
  await ctx.refused(XINGHUA_STAFF, 'room.week', { roomId: READING_ROOM }, 'NOT_FOUND')
  await ctx.refused(CADRE, 'room.decide', { reservationId: asked.id, approve: true }, 'FORBIDDEN')

  const agreed = await cloud.ok(STAFF, 'room.decide', { reservationId: asked.id, approve: true })
  expect(agreed).toMatchObject({ status: 'confirmed', statusWords: '已借定' })
  await ctx.refused(STAFF, 'room.decide', { reservationId: asked.id, approve: true }, 'ALREADY_DECIDED')
  // Someone else asks for the same time: taken.
  await ctx.refused(STAFF, 'room.reserve', lend(day, '10:00', '11:00'), 'ROOM_TAKEN')
  const cancelled = await cloud.ok(STAFF, 'room.decide', { reservationId: asked.id, approve: false, note: '那天停电检修' })
  expect(cancelled.status).toBe('cancelled')
  const toCadre = (await db.collection('messages').where({ to: CADRE }).get()).data as unknown as { title: string }[]
  expect(toCadre.map((m) => m.title)).toEqual(expect.arrayContaining(['借用老干部阅览室：社区同意了', '借用老干部阅览室：社区取消了']))
  // The time is free again.
  await cloud.ok(STAFF, 'room.reserve', lend(day, '09:00', '10:30', '健康讲座'))
})

it('refuses a time off the half hour, outside opening hours, in the past, or of a room not lent out', async () => {
  const day = inDays(7)
  await ctx.refused(STAFF, 'room.reserve', lend(day, '09:15', '10:00'), 'ROOM_TIME_INVALID')
  await ctx.refused(STAFF, 'room.reserve', lend(day, '07:00', '09:00'), 'ROOM_TIME_INVALID')
  await ctx.refused(STAFF, 'room.reserve', lend(day, '11:00', '10:00'), 'ROOM_TIME_INVALID')
  await ctx.refused(STAFF, 'room.reserve', lend(inDays(-1), '10:00', '11:00'), 'ROOM_TIME_INVALID')
  await ctx.refused(STAFF, 'room.reserve', lend(inDays(61), '10:00', '11:00'), 'ROOM_TIME_INVALID')

  const added = await cloud.ok(STAFF, 'room.save', {
    name: '健身室',
    kind: '健身室',
    capacity: 10,
    open: '08:00',
    close: '12:00',
    active: true,
  })
  expect(added).toMatchObject({ hoursWords: '08:00–12:00', communityName: '桃园社区' })
  expect((await cloud.ok(CADRE, 'room.list', { cadreId: TARGET_CADRE })).rooms.map((r) => r.name)).toContain('健身室')
  await cloud.ok(STAFF, 'room.save', {
    roomId: added.id,
    name: '健身室',
    kind: '健身室',
    capacity: 10,
    open: '08:00',
    close: '12:00',
    active: false,
  })
  expect((await cloud.ok(CADRE, 'room.list', { cadreId: TARGET_CADRE })).rooms.map((r) => r.name)).not.toContain('健身室')
  await ctx.refused(CADRE, 'room.reserve', { cadreId: TARGET_CADRE, ...lend(day, '09:00', '10:00', '打太极', added.id) }, 'NOT_FOUND')
  // 杏花's staff cannot change 桃园's room; the bureau sees every community's rooms.
  await ctx.refused(
    XINGHUA_STAFF,
    'room.save',
    { roomId: ACTIVITY_ROOM, name: '改名', kind: '活动室', capacity: 1, open: '08:00', close: '09:00', active: true },
    'NOT_FOUND',
  )
  const city = await cloud.ok(CALLERS.admin, 'room.list', {})
  expect(new Set(city.rooms.map((r) => r.communityName))).toEqual(new Set(['桃园社区', '杏花社区']))
})

it('holds a room for an activity’s time, moves the hold with the activity, and frees it when the activity is cancelled', async () => {
  const day = inDays(8)
  const spansOf = async (date: string, roomId = ACTIVITY_ROOM) => {
    const held = await db
      .collection('roomDays')
      .where({ _id: `${roomId}:${date}` })
      .get()
    return ((held.data[0] as unknown as { spans: { start: number; end: number }[] } | undefined)?.spans ?? []).map((s) => [s.start, s.end])
  }
  // 9:15–10:20 holds the half hours around it, 9:00–10:30.
  const form = { ...newActivity(), title: '太极拳', room: '一楼活动室', date: day, start: '09:15', end: '10:20', roomId: ACTIVITY_ROOM }
  const taiji = await cloud.ok(STAFF, 'activity.save', form)
  expect(taiji.roomId).toBe(ACTIVITY_ROOM)
  expect(await spansOf(day)).toEqual([[540, 630]])
  const week = await cloud.ok(CADRE, 'room.week', { cadreId: TARGET_CADRE, roomId: ACTIVITY_ROOM, from: day })
  expect(week.days[0].reservations.map((r) => [r.start, r.end, r.purpose])).toEqual([['09:00', '10:30', '太极拳']])

  // Another activity or a request for that time is refused, and the refused activity is not published.
  const before = (await db.collection('activities').where({ title: '合唱' }).count()).total
  await ctx.refused(STAFF, 'activity.save', { ...form, title: '合唱', start: '10:00', end: '11:00' }, 'ROOM_TAKEN')
  expect((await db.collection('activities').where({ title: '合唱' }).count()).total).toBe(before)
  await ctx.refused(STAFF, 'room.reserve', lend(day, '10:00', '11:00', '书法', ACTIVITY_ROOM), 'ROOM_TAKEN')

  // Moved to the afternoon of the next day: the morning is free again, the afternoon held; edits of words keep it.
  const next = dayAfter(day, 1)
  await cloud.ok(STAFF, 'activity.save', { ...form, activityId: taiji.id, date: next, start: '14:00', end: '15:00' })
  expect(await spansOf(day)).toEqual([])
  expect(await spansOf(next)).toEqual([[840, 900]])
  await cloud.ok(STAFF, 'activity.save', {
    ...form,
    activityId: taiji.id,
    title: '太极拳（第二期）',
    date: next,
    start: '14:00',
    end: '15:00',
  })
  expect((await cloud.ok(STAFF, 'room.week', { roomId: ACTIVITY_ROOM, from: next })).days[0].reservations).toEqual([
    expect.objectContaining({ purpose: '太极拳（第二期）', start: '14:00', end: '15:00' }),
  ])
  await cloud.ok(STAFF, 'room.reserve', lend(day, '09:00', '10:30', '书法', ACTIVITY_ROOM))

  // Cancelled: the afternoon is free for anyone.
  await cloud.ok(STAFF, 'activity.cancel', { activityId: taiji.id, reason: '老师生病' })
  expect(await spansOf(next)).toEqual([])
  await cloud.ok(STAFF, 'room.reserve', lend(next, '14:00', '15:00', '合唱排练', ACTIVITY_ROOM))
  // 杏花's staff cannot hold 桃园's room.
  await ctx.refused(XINGHUA_STAFF, 'activity.save', { ...form, date: inDays(9) }, 'NOT_FOUND')
})
