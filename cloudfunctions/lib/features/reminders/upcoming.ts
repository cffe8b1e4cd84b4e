// The minutely reminders of what is about to happen: a booked home visit or an activity the cadre is signed up
// for, the day before and 2 hours before, to the cadre and bound family. Each message is keyed by the event,
// the kind of reminder and the person, and the event is flagged once told: a minute that fails halfway is
// finished by the next, and nobody is told twice. Only events not yet flagged are read, so a quiet minute
// costs four small indexed queries.
import { C } from '../../db/collections'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { BookingDoc } from '../services/docs'
import type { CadreDoc, FamilyLinkDoc } from '../people/docs'
import type { MessageDoc } from '../messages/docs'
import { _, db } from '../../db/cloud'
import { addOnce, findIn, findMany } from '../../db/access'
import { UPCOMING, upcomingWindow, type UpcomingKind } from './occasions.rules'
import { momentWords } from '../../core/words.rules'
import { pushTime, type PushKind } from '../push/rules'
import { pushOf } from '../messages/messages'

const LEAD_WORDS: Record<UpcomingKind, string> = { day: '明天', soon: '两小时后' }

interface Upcoming {
  _id: string
  startAt: Date
  cadreIds: string[]
  title: string
  body: string
  push: { kind: PushKind; values: Record<string, string> }
}

/** The cadres' own WeChat and their bound family: who hears of it. */
async function recipientsOf(cadreIds: string[]): Promise<Map<string, string[]>> {
  if (!cadreIds.length) return new Map()
  const [cadres, links] = await Promise.all([
    findIn<CadreDoc>(C.cadres, '_id', cadreIds),
    findIn<FamilyLinkDoc>(C.familyLinks, 'cadreId', cadreIds, { status: 'active' }),
  ])
  return new Map(
    cadreIds.map((id) => [
      id,
      [
        ...cadres.filter((c) => c._id === id && c.openid).map((c) => c.openid!),
        ...links.filter((l) => l.cadreId === id).map((l) => l.familyOpenid),
      ],
    ]),
  )
}

async function tellAll(collection: string, kind: UpcomingKind, events: Upcoming[], now: Date): Promise<number> {
  if (!events.length) return 0
  const to = await recipientsOf([...new Set(events.flatMap((e) => e.cadreIds))])
  const messages = events.flatMap((e) =>
    [...new Set(e.cadreIds.flatMap((id) => to.get(id) ?? []))].map((openid): MessageDoc => ({
      // The time is part of the key: a visit moved to another time is told of again.
      _id: `remind:${e._id}:${new Date(e.startAt).getTime()}:${kind}:${openid}`,
      to: openid,
      title: `${LEAD_WORDS[kind]}：${e.title}`,
      body: e.body,
      ...(collection === C.bookings ? { opens: { page: 'booking' as const, id: e._id } } : {}),
      at: now,
      read: false,
      push: pushOf(e.push.kind, e.push.values),
    })),
  )
  const sent = await addOnce(C.messages, messages)
  await db
    .collection(collection)
    .where({ _id: _.in(events.map((e) => e._id)) })
    .update({ data: { [UPCOMING[kind].flag]: true } })
  return sent
}

async function bookingsDue(kind: UpcomingKind, now: Date): Promise<Upcoming[]> {
  const { after, until } = upcomingWindow(kind, now)
  const bookings = await findMany<BookingDoc>(
    C.bookings,
    { status: _.in(['requested', 'assigned']), startAt: _.and([_.gt(after), _.lte(until)]), [UPCOMING[kind].flag]: _.neq(true) },
    { limit: 500 },
  )
  return bookings.map((b) => ({
    _id: b._id,
    startAt: b.startAt!,
    cadreIds: [b.cadreId],
    title: `${b.serviceName}（${momentWords(new Date(b.startAt!))}）`,
    body: `${b.providerName ? `${b.providerName}会` : '服务人员会'}在${momentWords(new Date(b.startAt!))}上门为${b.cadreName}${b.serviceName}。要改时间或取消，请在“我的预约”里办，或打电话给社区。`,
    push: {
      kind: 'service',
      values: {
        thing1: `${b.cadreName} ${b.serviceName}`,
        time2: pushTime(new Date(b.startAt!)),
        thing3: '改时间或取消请在“我的预约”里办',
      },
    },
  }))
}

async function activitiesDue(kind: UpcomingKind, now: Date): Promise<Upcoming[]> {
  const { after, until } = upcomingWindow(kind, now)
  const activities = await findMany<ActivityDoc>(
    C.activities,
    { status: 'open', startAt: _.and([_.gt(after), _.lte(until)]), [UPCOMING[kind].flag]: _.neq(true) },
    { limit: 200 },
  )
  if (!activities.length) return []
  const signups = await findIn<SignupDoc>(
    C.signups,
    'activityId',
    activities.map((a) => a._id),
    { status: 'confirmed' },
  )
  return activities.map((a) => ({
    _id: a._id,
    startAt: a.startAt,
    cadreIds: signups.filter((s) => s.activityId === a._id).map((s) => s.cadreId),
    title: `${a.title}（${momentWords(new Date(a.startAt))}）`,
    body: `${momentWords(new Date(a.startAt))}在${a.room}。去不了请在活动页取消报名，把名额让给候补的老人。`,
    push: { kind: 'activity', values: { thing1: a.title, time2: pushTime(new Date(a.startAt)), thing3: a.room } },
  }))
}

/** Every due reminder of bookings and activities; how many messages were written. */
export async function remindUpcoming(now: Date): Promise<number> {
  let sent = 0
  for (const kind of ['soon', 'day'] as const) {
    const [bookings, activities] = await Promise.all([bookingsDue(kind, now), activitiesDue(kind, now)])
    sent += (await tellAll(C.bookings, kind, bookings, now)) + (await tellAll(C.activities, kind, activities, now))
  }
  return sent
}
