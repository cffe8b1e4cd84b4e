// Staff side of activities: publish and edit, cancel (everyone signed up is told), the sign-up and waitlist
// lists, and attendance marked at the door or afterwards.
import { AppError, type ActivityRoster, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { ActivityDoc, SignupDoc } from './docs'
import type { BranchDoc } from '../branches/docs'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, findPage, newId } from '../../db/access'
import { shanghaiInstant, toMinutes } from '../services/slots.rules'
import { whenWords } from './rules'
import type { ActionContext } from '../../core/context'
import { activityView, fillFreeSeats, minutesOf, signupId, tellFamilies } from './signup'
import { holdRoomForActivity, type ActivityHold } from '../rooms/rooms'
import { shanghaiDay } from '../../core/time.rules'
import { staffCommunity } from '../../core/scope'
import { activityPictures, savePhotos, type ActivityPictures } from './pictures'
import { deleteFilesOf } from '../files/files'
import { takePhotos } from '../files/tickets'

async function ownActivity(ctx: ActionContext, activityId: string): Promise<ActivityDoc> {
  const a = await findById<ActivityDoc>(C.activities, activityId)
  if (!a || a.communityId !== staffCommunity(ctx)) throw new AppError('NOT_FOUND', '没有找到这个活动')
  return a
}

const PAGE = 30
const ROSTER_PAGE = 100

/** What a room held for the activity covers: its day and hours, its title, its seats. */
const holdOf = (a: Pick<ActivityDoc, '_id' | 'title' | 'startAt' | 'endAt' | 'capacity'>): ActivityHold => ({
  activityId: a._id,
  title: a.title,
  day: shanghaiDay(new Date(a.startAt)),
  start: minutesOf(a.startAt),
  end: minutesOf(a.endAt),
  people: a.capacity,
})

export async function manageActivities(ctx: ActionContext, input: ParsedInput<'activity.manage'>) {
  const communityId = staffCommunity(ctx)
  const since = new Date(ctx.now.getTime() - 30 * 86_400_000)
  const page = await findPage<ActivityDoc>(
    C.activities,
    { communityId, startAt: _.gte(since) },
    { orderBy: ['startAt', 'asc'], offset: input.offset, size: PAGE },
  )
  const pictures = await activityPictures(page.items, false)
  return {
    activities: await Promise.all(page.items.map((a, i) => activityView(a, ctx.now, undefined, pictures[i]))),
    total: page.total,
    next: page.next,
  }
}

export async function saveActivity(ctx: ActionContext, input: ParsedInput<'activity.save'>) {
  const communityId = staffCommunity(ctx)
  const [a, branch] = await Promise.all([
    input.activityId ? ownActivity(ctx, input.activityId) : Promise.resolve(undefined),
    input.branchId ? findById<BranchDoc>(C.branches, input.branchId) : Promise.resolve(null),
  ])
  if (input.branchId && !branch?.communityIds.includes(communityId)) throw new AppError('NOT_FOUND', '没有找到这个支部')
  const {
    photos: [cover],
    dropped,
  } = await takePhotos(ctx.openid, 'activityCover', input.cover ? [input.cover] : [], a?.cover ? [a.cover] : [])
  const fields = {
    title: input.title,
    category: input.category,
    description: input.description,
    room: input.room,
    startAt: shanghaiInstant(input.date, toMinutes(input.start)),
    endAt: shanghaiInstant(input.date, toMinutes(input.end)),
    deadlineAt: shanghaiInstant(input.deadlineDate, toMinutes(input.deadlineTime)),
    capacity: input.capacity,
    ...(input.accessibility ? { accessibility: input.accessibility } : {}),
    ...(input.branchId ? { branchId: input.branchId } : {}),
    ...(input.roomId ? { roomId: input.roomId } : {}),
    updatedAt: ctx.now,
  }
  if (!a) {
    if (fields.startAt.getTime() <= ctx.now.getTime()) throw new AppError('BAD_INPUT', '活动时间已经过了，请改一个以后的时间')
    const _id = newId()
    // The room first: taken at that time, nothing is published.
    if (input.roomId) await holdRoomForActivity(ctx, input.roomId, holdOf({ _id, ...fields }))
    const doc: ActivityDoc = {
      _id,
      communityId,
      ...fields,
      ...(cover ? { cover } : {}),
      status: 'open',
      confirmed: 0,
      createdBy: ctx.openid,
      createdAt: ctx.now,
    }
    await db.collection(C.activities).add({ data: { ...doc } })
    return activityView(doc, ctx.now)
  }
  if (a.status === 'cancelled') throw new AppError('ACTIVITY_CANCELLED')
  const tooFew = new AppError('BAD_INPUT', `已经有 ${a.confirmed} 人报上了，名额不能少于 ${a.confirmed} 个`)
  if (input.capacity < a.confirmed) throw tooFew
  const roomed = !!(input.roomId || a.roomId)
  if (roomed) await holdRoomForActivity(ctx, input.roomId ?? null, holdOf({ _id: a._id, ...fields }))
  // Conditional, so a sign-up landing meanwhile cannot leave more confirmed than the new capacity.
  const r = await db
    .collection(C.activities)
    .where({ _id: a._id, confirmed: _.lte(input.capacity) })
    // A new time is a new occasion to remind of.
    .update({
      data: {
        ...fields,
        cover: cover ?? _.remove(),
        branchId: input.branchId ?? _.remove(),
        roomId: input.roomId ?? _.remove(),
        ...(new Date(a.startAt).getTime() === fields.startAt.getTime() ? {} : { remindedDay: false, remindedSoon: false }),
      },
    })
  if (r.stats.updated !== 1) {
    // A sign-up landed between the check and the write: the room goes back to the time the activity keeps.
    if (roomed) await holdRoomForActivity(ctx, a.roomId ?? null, holdOf(a))
    throw tooFew
  }
  await deleteFilesOf(dropped)
  const saved = { ...a, ...fields, cover }
  if (saved.capacity > a.capacity) await fillFreeSeats(ctx, saved)
  return activityView((await findById<ActivityDoc>(C.activities, a._id)) ?? saved, ctx.now)
}

export async function cancelActivity(ctx: ActionContext, input: ParsedInput<'activity.cancel'>) {
  const a = await ownActivity(ctx, input.activityId)
  const r = await db
    .collection(C.activities)
    .where({ _id: a._id, status: 'open' })
    .update({ data: { status: 'cancelled', cancelReason: input.reason, updatedAt: ctx.now } })
  if (r.stats.updated !== 1) throw new AppError('ACTIVITY_CANCELLED')
  if (a.roomId) await holdRoomForActivity(ctx, null, holdOf(a))
  const signedUp = await findAll<SignupDoc>(C.signups, { activityId: a._id, status: _.in(['confirmed', 'waitlisted']) })
  await tellFamilies(
    ctx,
    signedUp.map((s) => s.cadreId),
    `活动取消：${a.title}`,
    `原定${whenWords(a.startAt, ctx.now)}在${a.room}的“${a.title}”取消了。原因：${input.reason}`,
  )
  return activityView({ ...a, status: 'cancelled' }, ctx.now)
}

/**
 * One page of the roster: everyone confirmed in sign-up order, then the waitlist in order ('confirmed' sorts before
 * 'waitlisted'), with the counts of the whole activity.
 */
async function roster(ctx: ActionContext, a: ActivityDoc, offset = 0, pictures?: ActivityPictures): Promise<ActivityRoster> {
  const of = { activityId: a._id }
  // The activity keeps its confirmed count; the page's total gives the waitlist's.
  const [page, attendedCount, activity] = await Promise.all([
    findPage<SignupDoc>(
      C.signups,
      { ...of, status: _.in(['confirmed', 'waitlisted']) },
      {
        orderBy: [
          ['status', 'asc'],
          ['at', 'asc'],
        ],
        offset,
        size: ROSTER_PAGE,
      },
    ),
    count(C.signups, { ...of, status: 'confirmed', attended: true }),
    activityView(a, ctx.now, undefined, pictures),
  ])
  const confirmedCount = a.confirmed
  const waitlistedCount = page.total - confirmedCount
  return {
    activity,
    confirmed: page.items
      .filter((s) => s.status === 'confirmed')
      .map((s) => ({ cadreId: s.cadreId, cadreName: s.cadreName, attended: s.attended === true, byName: s.byName })),
    waitlisted: page.items
      .map((s, i) => ({ s, place: offset + i + 1 - confirmedCount }))
      .filter(({ s }) => s.status === 'waitlisted')
      .map(({ s, place }) => ({ cadreId: s.cadreId, cadreName: s.cadreName, place })),
    counts: { confirmed: confirmedCount, waitlisted: waitlistedCount, attended: attendedCount },
    total: page.total,
    next: page.next,
  }
}

export async function activityRoster(ctx: ActionContext, input: ParsedInput<'activity.roster'>) {
  const a = await ownActivity(ctx, input.activityId)
  // The staff's page of the activity shows its pictures, read beside the roster.
  const [pictures] = await activityPictures([a], true)
  return roster(ctx, a, input.offset, pictures)
}

export async function saveActivityPhotos(ctx: ActionContext, input: ParsedInput<'activity.savePhotos'>) {
  const saved = await savePhotos(ctx, await ownActivity(ctx, input.activityId), input)
  const [pictures] = await activityPictures([saved], true)
  return activityView(saved, ctx.now, undefined, pictures)
}

export async function markAttendance(ctx: ActionContext, input: ParsedInput<'activity.attend'>) {
  const a = await ownActivity(ctx, input.activityId)
  const r = await db
    .collection(C.signups)
    .where({ _id: signupId(a._id, input.cadreId), status: 'confirmed' })
    .update({ data: { attended: input.attended } })
  if (r.stats.updated !== 1) throw new AppError('WRONG_STATUS', '这位老人没有报上这个活动')
  return roster(ctx, a)
}
