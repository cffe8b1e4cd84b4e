// Signing up for activities, for the cadre, by family or by staff. A seat is taken by one conditional
// increment that fails once the activity is full (so no race can give more seats than there are); then the
// sign-up is written under the id `<activity>:<cadre>` (so there is never a second). When a confirmed cadre
// withdraws, the seat passes to the first in the waitlist, who is told.
import { AppError, type ActivityView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { ActivityDoc, SignupDoc } from './docs'
import type { CadreDoc, FamilyLinkDoc } from '../people/docs'
import { _, db } from '../../db/cloud'
import { count, findById, findIn, findMany, findPage, isDuplicateKey } from '../../db/access'
import { signupProblem, signupWords, whenWords } from './rules'
import { shanghaiDay } from '../../core/time.rules'
import { toClock } from '../services/slots.rules'
import { clockWords, dayWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { message, tell } from '../messages/messages'
import { aboutCadre } from '../../core/scope'
import { activityPictures, type ActivityPictures } from './pictures'

const PAGE = 30
export const signupId = (activityId: string, cadreId: string) => `${activityId}:${cadreId}`

/** Minutes from Shanghai midnight of an instant. */
export const minutesOf = (at: Date) => {
  const d = new Date(at)
  return Math.round((d.getTime() - new Date(`${shanghaiDay(d)}T00:00:00+08:00`).getTime()) / 60_000)
}

export async function activityView(
  a: ActivityDoc,
  now: Date,
  mine?: { cadre: Pick<CadreDoc, '_id' | 'name'>; signup: SignupDoc | null },
  pictures: ActivityPictures = {},
): Promise<ActivityView> {
  const live = mine?.signup && mine.signup.status !== 'cancelled' ? mine.signup : null
  const place = live?.status === 'waitlisted' ? await waitlistPlace(live) : undefined
  const deadline = new Date(a.deadlineAt)
  return {
    id: a._id,
    title: a.title,
    category: a.category,
    ...(a.branchId ? { branchId: a.branchId } : {}),
    description: a.description,
    room: a.room,
    ...(a.roomId ? { roomId: a.roomId } : {}),
    when: whenWords(a.startAt, now),
    hours: `${clockWords(minutesOf(a.startAt))} 到 ${clockWords(minutesOf(a.endAt))}`,
    day: shanghaiDay(new Date(a.startAt)),
    start: toClock(minutesOf(a.startAt)),
    end: toClock(minutesOf(a.endAt)),
    deadlineDay: shanghaiDay(deadline),
    deadlineTime: toClock(minutesOf(deadline)),
    deadline: `${dayWords(shanghaiDay(deadline), now)} ${clockWords(minutesOf(deadline))}`,
    capacity: a.capacity,
    confirmed: a.confirmed,
    seatsLeft: Math.max(0, a.capacity - a.confirmed),
    ...(a.accessibility ? { accessibility: a.accessibility } : {}),
    ...pictures,
    photoCount: a.photos?.length ?? 0,
    status: a.status,
    begun: new Date(a.startAt).getTime() <= now.getTime(),
    signupOpen: signupProblem(a, now) === null,
    ...(mine
      ? {
          mine: {
            cadreId: mine.cadre._id,
            cadreName: mine.cadre.name,
            status: live ? (live.status as 'confirmed' | 'waitlisted') : null,
            words: signupWords(live?.status ?? null, place),
            ...(place ? { place } : {}),
          },
        }
      : {}),
  }
}

/** 1 for the first in line: those who asked earlier (ties broken by id) come first. */
function waitlistPlace(s: SignupDoc): Promise<number> {
  return count(
    C.signups,
    _.and([{ activityId: s.activityId, status: 'waitlisted' }, _.or([{ at: _.lt(s.at) }, { at: s.at, _id: _.lte(s._id) }])]),
  )
}

/** The activity and the cadre, who must be of the activity's community. */
async function activityFor(ctx: ActionContext, input: { activityId: string }) {
  const { doc: cadre } = aboutCadre(ctx)
  const activity = await findById<ActivityDoc>(C.activities, input.activityId)
  if (!activity || activity.communityId !== cadre.communityId) throw new AppError('NOT_FOUND', '没有找到这个活动')
  return { cadre, activity }
}

const signupOf = (activityId: string, cadreId: string) => findById<SignupDoc>(C.signups, signupId(activityId, cadreId))

function assertOpen(a: ActivityDoc, now: Date) {
  const problem = signupProblem(a, now)
  if (problem === 'CANCELLED') throw new AppError('ACTIVITY_CANCELLED')
  if (problem === 'CLOSED') throw new AppError('ACTIVITY_CLOSED')
}

export async function listActivities(ctx: ActionContext, input: ParsedInput<'activity.list'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const today = new Date(`${shanghaiDay(ctx.now)}T00:00:00+08:00`)
  const page = await findPage<ActivityDoc>(
    C.activities,
    { communityId: cadre.communityId, startAt: _.gte(today), ...(input.category ? { category: input.category } : {}) },
    { orderBy: ['startAt', 'asc'], offset: input.offset, size: PAGE },
  )
  const [signups, pictures] = await Promise.all([
    findIn<SignupDoc>(
      C.signups,
      '_id',
      page.items.map((a) => signupId(a._id, cadre._id)),
      { status: _.in(['confirmed', 'waitlisted']) },
    ),
    activityPictures(page.items, false),
  ])
  const mine = new Map(signups.map((s) => [s.activityId, s]))
  return {
    cadre: { id: cadre._id, name: cadre.name },
    activities: await Promise.all(
      page.items.map((a, i) => activityView(a, ctx.now, { cadre, signup: mine.get(a._id) ?? null }, pictures[i])),
    ),
    total: page.total,
    next: page.next,
  }
}

export async function getActivity(ctx: ActionContext, input: ParsedInput<'activity.get'>) {
  const [{ cadre, activity }, signup] = await Promise.all([activityFor(ctx, input), signupOf(input.activityId, input.cadreId)])
  const [pictures] = await activityPictures([activity], true)
  return activityView(activity, ctx.now, { cadre, signup }, pictures)
}

export async function signUp(ctx: ActionContext, input: ParsedInput<'activity.signUp'>) {
  const { cadre, activity } = await activityFor(ctx, input)
  assertOpen(activity, ctx.now)
  const seat = await db
    .collection(C.activities)
    // The capacity read is part of the condition: if staff lowered it meanwhile, this takes no seat (waitlisted, and
    // the minutely sweep promotes into any seat that is really free).
    .where({ _id: activity._id, status: 'open', capacity: activity.capacity, confirmed: _.lt(activity.capacity) })
    .update({ data: { confirmed: _.inc(1) } })
  const gotSeat = seat.stats.updated === 1
  const doc: SignupDoc = {
    _id: signupId(activity._id, cadre._id),
    activityId: activity._id,
    communityId: activity.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    status: gotSeat ? 'confirmed' : 'waitlisted',
    at: ctx.now,
    by: ctx.openid,
    byName: ctx.user?.name ?? cadre.name,
  }
  const written = await writeSignup(doc).catch(async (e) => {
    if (gotSeat) await giveBackSeat(activity._id)
    throw e
  })
  if (written) return activityView(gotSeat ? { ...activity, confirmed: activity.confirmed + 1 } : activity, ctx.now, { cadre, signup: doc })
  // Pressing again, or family and cadre at the same moment: the place already held is the answer.
  if (gotSeat) await giveBackSeat(activity._id)
  return getActivity(ctx, input)
}

/**
 * Writes the sign-up under its one id; false when the cadre already holds a place (pressed twice, or signed up
 * by someone else at the same moment). Coming back after withdrawing takes the same document again.
 */
async function writeSignup(doc: SignupDoc): Promise<boolean> {
  const { _id, ...fields } = doc
  try {
    await db.collection(C.signups).add({ data: { _id, ...fields } })
    return true
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
  const again = await db
    .collection(C.signups)
    .where({ _id, status: 'cancelled' })
    .update({ data: { ...fields, attended: false } })
  return again.stats.updated === 1
}

const giveBackSeat = (activityId: string) =>
  db
    .collection(C.activities)
    .doc(activityId)
    .update({ data: { confirmed: _.inc(-1) } })

export async function withdraw(ctx: ActionContext, input: ParsedInput<'activity.withdraw'>) {
  const [{ cadre, activity }, signup] = await Promise.all([activityFor(ctx, input), signupOf(input.activityId, input.cadreId)])
  if (!signup || signup.status === 'cancelled') throw new AppError('WRONG_STATUS', '还没有报名这个活动')
  assertOpen(activity, ctx.now)
  // Who waits first is read beside the withdrawal that frees the seat (one wait, not two).
  const waiting = signup.status === 'confirmed' ? firstWaiting(activity._id) : null
  waiting?.catch(() => undefined)
  const r = await db
    .collection(C.signups)
    .where({ _id: signup._id, status: signup.status })
    .update({ data: { status: 'cancelled', cancelledAt: ctx.now } })
  if (r.stats.updated !== 1) throw new AppError('WRONG_STATUS')
  if (waiting) await passSeatOn(ctx, activity, waiting)
  const fresh = (await findById<ActivityDoc>(C.activities, activity._id)) ?? activity
  return activityView(fresh, ctx.now, { cadre, signup: null })
}

/** The first on an activity's waitlist (the earliest, then by id). */
async function firstWaiting(activityId: string): Promise<SignupDoc | undefined> {
  const [next] = await findMany<SignupDoc>(
    C.signups,
    { activityId, status: 'waitlisted' },
    {
      orderBy: [
        ['at', 'asc'],
        ['_id', 'asc'],
      ],
      limit: 1,
    },
  )
  return next
}

/**
 * A confirmed seat came free: the first in the waitlist takes it and is told; with nobody waiting the seat
 * goes back. Each step is conditional, so two seats freed at once go to two different people.
 */
async function passSeatOn(ctx: ActionContext, a: ActivityDoc, readAhead?: Promise<SignupDoc | undefined>) {
  for (let ahead = readAhead; ; ahead = undefined) {
    const next = await (ahead ?? firstWaiting(a._id))
    if (!next) return giveBackSeat(a._id)
    const r = await db
      .collection(C.signups)
      .where({ _id: next._id, status: 'waitlisted' })
      .update({ data: { status: 'confirmed', promotedAt: ctx.now } })
    if (r.stats.updated === 1)
      return tellFamilies(
        ctx,
        [next.cadreId],
        `候补转正：${a.title}`,
        `${next.cadreName}已从候补转为正式报名：${whenWords(a.startAt, ctx.now)}，${a.room}。`,
      )
  }
}

/**
 * Fills seats that are free while people wait (capacity raised, or a seat given back just as someone joined
 * the waitlist). Used after staff edit an activity and by the minutely function.
 */
export async function fillFreeSeats(ctx: ActionContext, a: ActivityDoc): Promise<number> {
  let filled = 0
  for (;;) {
    const waiting = await count(C.signups, { activityId: a._id, status: 'waitlisted' })
    if (waiting === 0) return filled
    const seat = await db
      .collection(C.activities)
      .where({ _id: a._id, status: 'open', capacity: a.capacity, confirmed: _.lt(a.capacity) })
      .update({ data: { confirmed: _.inc(1) } })
    if (seat.stats.updated !== 1) return filled
    await passSeatOn(ctx, a)
    filled++
  }
}

/** Tells each cadre (if they use the mini-program) and their active family the same news. */
export async function tellFamilies(ctx: ActionContext, cadreIds: string[], title: string, body: string) {
  if (cadreIds.length === 0) return
  const [cadres, links] = await Promise.all([
    findIn<CadreDoc>(C.cadres, '_id', cadreIds),
    findIn<FamilyLinkDoc>(C.familyLinks, 'cadreId', cadreIds, { status: 'active' }),
  ])
  const to = new Set([...cadres.flatMap((c) => (c.openid ? [c.openid] : [])), ...links.map((l) => l.familyOpenid)])
  await tell([...to].map((openid) => message(openid, title, body, ctx.now)))
}
