// 六室一站: a community's rooms, lent by the half hour. Staff reserve outright (an activity, a meeting); a cadre or
// family member asks for a small group and staff answer. A room's day document is read and written in the
// reservation's transaction, so two reservations of one room that overlap conflict in the database and the later
// one, retried, finds the first and is refused: ten at once for one time give exactly one.
import { AppError, type ActionOutput, type ParsedInput, type ReservationView, type RoomView } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, newId, readInTx } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import type { ActionContext } from '../../core/context'
import { cadreIfNamed, staffCommunity } from '../../core/scope'
import { clockWords, dateWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'
import { toClock, toMinutes } from '../services/slots.rules'
import type { CommunityDoc, UserDoc } from '../people/docs'
import type { ActivityDoc } from '../activities/docs'
import { message, tell } from '../messages/messages'
import type { ReservationStatus, RoomDayDoc, RoomDoc, RoomReservationDoc } from './docs'
import { hoursWords, reservationProblem, ROOM_STEP_MIN, statusAfterDecision, weekFrom, type Span } from './rules'

const STATUS_WORDS: Record<ReservationStatus, string> = {
  pending: '等社区同意',
  confirmed: '已借定',
  rejected: '社区没有同意',
  cancelled: '已取消',
}
/** A reservation conflict is retried until it either wins or sees the winner; ten at once settle within a few. */
const TRIES = 6

export const roomDayId = (roomId: string, day: string) => `${roomId}:${day}`

function roomView(r: RoomDoc, communityName: string): RoomView {
  return {
    id: r._id,
    name: r.name,
    kind: r.kind,
    capacity: r.capacity,
    communityName,
    open: toClock(r.open),
    close: toClock(r.close),
    hoursWords: hoursWords(r),
    ...(r.accessibility ? { accessibility: r.accessibility } : {}),
    active: r.active,
  }
}

/** Who sees what: staff everything; a cadre or family their own requests in full, and others' times only. */
function reservationView(r: RoomReservationDoc, viewer: { staff: boolean; openid: string; cadreId?: string }): ReservationView {
  const mine = r.by === viewer.openid || (!!viewer.cadreId && r.forCadreId === viewer.cadreId)
  const full = viewer.staff || mine
  return {
    id: r._id,
    roomId: r.roomId,
    roomName: r.roomName,
    date: r.day,
    dateWords: dateWords(r.day),
    start: toClock(r.start),
    end: toClock(r.end),
    timeWords: `${clockWords(r.start)} 到 ${clockWords(r.end).replace(/^\S+ /, '')}`,
    purpose: full || r.activityId ? r.purpose : '已借出',
    ...(full && r.people ? { people: r.people } : {}),
    status: r.status,
    statusWords: r.status === 'rejected' && r.note && full ? `${STATUS_WORDS.rejected}：${r.note}` : STATUS_WORDS[r.status],
    ...(full ? { whoWords: r.forCadreName ? `${r.forCadreName}（老人申请）` : `社区 ${r.byName}` } : {}),
    mine,
  }
}

const viewerOf = (ctx: ActionContext) => {
  const cadre = cadreIfNamed(ctx)
  return { staff: ctx.relation === 'staff', openid: ctx.openid, ...(cadre ? { cadreId: cadre.doc._id } : {}) }
}

/** The community the caller acts in here: the named cadre's, else the staff member's own (null: the bureau, all). */
function communityOf(ctx: ActionContext): string | null {
  const cadre = cadreIfNamed(ctx)
  if (cadre) return cadre.doc.communityId
  return ctx.relation === 'admin' ? null : staffCommunity(ctx)
}

/** A room of that community (any, for the bureau), or NOT_FOUND: another community's rooms are not there. */
async function roomIn(communityId: string | null, roomId: string): Promise<RoomDoc> {
  const room = await findById<RoomDoc>(C.rooms, roomId)
  if (!room || (communityId !== null && room.communityId !== communityId)) throw new AppError('NOT_FOUND', '没有找到这间屋子')
  return room
}

const byStart = (a: RoomReservationDoc, b: RoomReservationDoc) => a.day.localeCompare(b.day) || a.start - b.start

export async function listRooms(ctx: ActionContext): Promise<ActionOutput<'room.list'>> {
  const communityId = communityOf(ctx)
  const where = communityId ? { communityId } : {}
  const [rooms, communities] = await Promise.all([
    findAll<RoomDoc>(C.rooms, where),
    findAll<CommunityDoc>(C.communities, communityId ? { _id: communityId } : {}),
  ])
  const nameOf = (id: string) => communities.find((c) => c._id === id)?.name ?? ''
  // Staff see the rooms they stopped lending too (to lend them again); others only those that can be asked for.
  const shown = ctx.relation === 'staff' ? rooms : rooms.filter((r) => r.active)
  shown.sort((a, b) => nameOf(a.communityId).localeCompare(nameOf(b.communityId), 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'))
  return { rooms: shown.map((r) => roomView(r, nameOf(r.communityId))), mayEdit: ctx.relation === 'staff' }
}

export async function saveRoom(ctx: ActionContext, input: ParsedInput<'room.save'>): Promise<RoomView> {
  const communityId = staffCommunity(ctx)
  const [existing, community] = await Promise.all([
    input.roomId ? roomIn(communityId, input.roomId) : Promise.resolve(null),
    findById<CommunityDoc>(C.communities, communityId),
  ])
  const room: RoomDoc = {
    _id: existing?._id ?? newId(),
    communityId,
    name: input.name,
    kind: input.kind,
    capacity: input.capacity,
    open: toMinutes(input.open),
    close: toMinutes(input.close),
    ...(input.accessibility ? { accessibility: input.accessibility } : {}),
    active: input.active,
    updatedAt: ctx.now,
  }
  const { _id, ...data } = room
  await db.collection(C.rooms).doc(_id).set({ data })
  return roomView(room, community?.name ?? '')
}

export async function reserveRoom(ctx: ActionContext, input: ParsedInput<'room.reserve'>): Promise<ReservationView> {
  const cadre = cadreIfNamed(ctx)
  const communityId = cadre ? cadre.doc.communityId : staffCommunity(ctx)
  // Staff lend outright (for a cadre too, when they name one); a cadre's or family's request waits for staff.
  const asking = ctx.relation !== 'staff'
  if (asking && input.activityId) throw new AppError('BAD_INPUT', '只有社区借屋子办活动时才写活动')
  const [room, activity, staff] = await Promise.all([
    roomIn(communityId, input.roomId),
    input.activityId ? findById<ActivityDoc>(C.activities, input.activityId) : Promise.resolve(null),
    asking ? findAll<UserDoc>(C.users, { communityId, roles: 'staff' }) : Promise.resolve([]),
  ])
  if (!room.active) throw new AppError('NOT_FOUND', '这间屋子现在不外借')
  if (input.activityId && activity?.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这个活动')
  const reservation: RoomReservationDoc = {
    // One per filled-in form: a second press finds the first instead of colliding with it.
    _id: `room:${room._id}:${input.requestId}`,
    roomId: room._id,
    roomName: room.name,
    communityId,
    day: input.date,
    start: toMinutes(input.start),
    end: toMinutes(input.end),
    purpose: input.purpose,
    ...(input.people ? { people: input.people } : {}),
    status: asking ? 'pending' : 'confirmed',
    by: ctx.openid,
    byName: ctx.user?.name ?? '',
    ...(cadre ? { forCadreId: cadre.doc._id, forCadreName: cadre.doc.name } : {}),
    ...(activity ? { activityId: activity._id } : {}),
    createdAt: ctx.now,
  }
  const span: Span = { reservationId: reservation._id, start: reservation.start, end: reservation.end }
  // What is wrong whatever else is booked (the half hour, the opening hours, the day) is said before any lock.
  const early = reservationProblem(room, { day: reservation.day, ...span }, [], ctx.now)
  if (early) throw new AppError(early.code, early.message)
  const dayId = roomDayId(room._id, reservation.day)
  const saved = await runTransaction(async (tx) => {
    const [earlier, day] = await Promise.all([
      readInTx<RoomReservationDoc>(tx, C.roomReservations, reservation._id),
      readInTx<RoomDayDoc>(tx, C.roomDays, dayId),
    ])
    if (earlier) return earlier
    const spans = day?.spans ?? []
    const problem = reservationProblem(room, { day: reservation.day, ...span }, spans, ctx.now)
    if (problem) throw new AppError(problem.code, problem.message)
    const { _id, ...data } = reservation
    await Promise.all([
      tx
        .collection(C.roomDays)
        .doc(dayId)
        .set({ data: { roomId: room._id, day: reservation.day, spans: [...spans, span] } }),
      tx.collection(C.roomReservations).doc(_id).set({ data }),
    ])
    return reservation
  }, TRIES)
  if (saved === reservation && asking && cadre) {
    const when = `${dateWords(saved.day)} ${toClock(saved.start)}–${toClock(saved.end)}`
    await tell(
      staff.map((s) =>
        message(
          s._id,
          `${cadre.doc.name}申请借用${room.name}`,
          `${when}，${saved.purpose}${saved.people ? `，${saved.people} 人` : ''}`,
          ctx.now,
          {
            page: 'rooms',
          },
        ),
      ),
    )
  }
  return reservationView(saved, viewerOf(ctx))
}

/** The room an activity holds, and when: its reservation's id is the activity's, so moving it moves one reservation. */
export interface ActivityHold {
  activityId: string
  title: string
  day: string
  /** Minutes from midnight; widened to the half hours around them, as rooms are lent. */
  start: number
  end: number
  people: number
}

const activityReservationId = (activityId: string) => `room:activity:${activityId}`

/**
 * Hold `roomId` (a room of the staff's community) for an activity's time, move the hold when the time or the room
 * changes, or free it (`roomId` null: no room, or the activity is cancelled). One transaction reads the reservation
 * and both days it touches, so an activity can no more double-book a room than ten people asking at once.
 */
export async function holdRoomForActivity(ctx: ActionContext, roomId: string | null, hold: ActivityHold): Promise<void> {
  const id = activityReservationId(hold.activityId)
  const room = roomId ? await roomIn(staffCommunity(ctx), roomId) : null
  if (room && !room.active) throw new AppError('NOT_FOUND', '这间屋子现在不外借')
  const span: Span = {
    reservationId: id,
    start: hold.start - (hold.start % ROOM_STEP_MIN),
    end: Math.ceil(hold.end / ROOM_STEP_MIN) * ROOM_STEP_MIN,
  }
  await runTransaction(async (tx) => {
    const newDayId = room ? roomDayId(room._id, hold.day) : null
    const [earlier, newDay] = await Promise.all([
      readInTx<RoomReservationDoc>(tx, C.roomReservations, id),
      newDayId ? readInTx<RoomDayDoc>(tx, C.roomDays, newDayId) : Promise.resolve(null),
    ])
    const held = earlier?.status === 'confirmed' ? earlier : null
    // The same room and time (an edit of the title or the seats; a past activity edited): only the words change.
    const same = held && room && held.roomId === room._id && held.day === hold.day && held.start === span.start && held.end === span.end
    if (same)
      return tx
        .collection(C.roomReservations)
        .doc(id)
        .update({ data: { purpose: hold.title, people: hold.people } })
    const oldDayId = held ? roomDayId(held.roomId, held.day) : null
    const writes: Promise<unknown>[] = []
    if (oldDayId && oldDayId !== newDayId) {
      writes.push(
        tx
          .collection(C.roomDays)
          .doc(oldDayId)
          .update({ data: { spans: _.pull({ reservationId: id }) } }),
      )
    }
    if (room && newDayId) {
      const problem = reservationProblem(room, { day: hold.day, ...span }, newDay?.spans ?? [], ctx.now)
      if (problem) throw new AppError(problem.code, `${room.name}：${problem.message}`)
      const spans = [...(newDay?.spans ?? []).filter((s) => s.reservationId !== id), span]
      const reservation: Omit<RoomReservationDoc, '_id'> = {
        roomId: room._id,
        roomName: room.name,
        communityId: room.communityId,
        day: hold.day,
        start: span.start,
        end: span.end,
        purpose: hold.title,
        people: hold.people,
        status: 'confirmed',
        by: ctx.openid,
        byName: ctx.user?.name ?? '',
        activityId: hold.activityId,
        createdAt: ctx.now,
      }
      writes.push(
        tx
          .collection(C.roomDays)
          .doc(newDayId)
          .set({ data: { roomId: room._id, day: hold.day, spans } }),
        tx.collection(C.roomReservations).doc(id).set({ data: reservation }),
      )
    } else if (held) {
      writes.push(
        tx
          .collection(C.roomReservations)
          .doc(id)
          .update({ data: { status: 'cancelled' } }),
      )
    }
    await Promise.all(writes)
  }, TRIES)
}

export async function roomWeek(ctx: ActionContext, input: ParsedInput<'room.week'>): Promise<ActionOutput<'room.week'>> {
  const communityId = communityOf(ctx)
  const days = weekFrom(input.from ?? shanghaiDay(ctx.now))
  const staff = ctx.relation === 'staff'
  const [room, reservations, pending] = await Promise.all([
    roomIn(communityId, input.roomId),
    findAll<RoomReservationDoc>(C.roomReservations, {
      roomId: input.roomId,
      day: _.in(days),
      status: _.in(['pending', 'confirmed']),
    }),
    staff ? findAll<RoomReservationDoc>(C.roomReservations, { communityId, status: 'pending' }) : Promise.resolve([]),
  ])
  const community = await findById<CommunityDoc>(C.communities, room.communityId)
  const viewer = viewerOf(ctx)
  return {
    room: roomView(room, community?.name ?? ''),
    days: days.map((date) => ({
      date,
      dateWords: dateWords(date),
      reservations: reservations
        .filter((r) => r.day === date)
        .sort(byStart)
        .map((r) => reservationView(r, viewer)),
    })),
    pending: pending.sort(byStart).map((r) => reservationView(r, viewer)),
    may: { reserve: ctx.relation !== 'admin' && room.active, decide: staff },
  }
}

export async function decideReservation(ctx: ActionContext, input: ParsedInput<'room.decide'>): Promise<ReservationView> {
  const communityId = staffCommunity(ctx)
  const found = await findById<RoomReservationDoc>(C.roomReservations, input.reservationId)
  if (!found || found.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这条借用')
  const decided = await runTransaction(async (tx) => {
    const r = await readInTx<RoomReservationDoc>(tx, C.roomReservations, found._id)
    const next = r ? statusAfterDecision(r.status, input.approve) : null
    if (!r || !next) throw new AppError('ALREADY_DECIDED', '这条借用已经处理过了，请刷新看看')
    const change = { status: next, decidedByName: ctx.user?.name ?? '', ...(input.note ? { note: input.note } : {}) }
    await Promise.all([
      tx.collection(C.roomReservations).doc(r._id).update({ data: change }),
      // Refused or cancelled: the time is free again for anyone.
      next === 'confirmed'
        ? Promise.resolve()
        : tx
            .collection(C.roomDays)
            .doc(roomDayId(r.roomId, r.day))
            .update({ data: { spans: _.pull({ reservationId: r._id }) } }),
    ])
    return { ...r, ...change }
  })
  if (decided.by !== ctx.openid) {
    const when = `${dateWords(decided.day)} ${toClock(decided.start)}–${toClock(decided.end)}`
    const words = { confirmed: '社区同意了', rejected: '社区没有同意', cancelled: '社区取消了', pending: '' }[decided.status]
    await tell([
      message(
        decided.by,
        `借用${decided.roomName}：${words}`,
        `${when}，${decided.purpose}${input.note ? `。${input.note}` : ''}`,
        ctx.now,
        {
          page: 'rooms',
          ...(decided.forCadreId ? { cadreId: decided.forCadreId } : {}),
        },
      ),
    ])
  }
  return reservationView(decided, viewerOf(ctx))
}
