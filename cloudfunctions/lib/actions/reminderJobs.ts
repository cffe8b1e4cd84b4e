// The daily reminder work: for each day not yet done (so a missed day is caught up), family hear of birthdays a
// few days ahead and staff get visit tasks for round birthdays and festivals a week ahead. Every reminder and
// task is written under its occasion's key: the database refuses a second one, so a repeated run, or one that
// stopped halfway and is run again, creates nothing twice. The day's birthdays come from the indexed birthday
// key, so the work grows with the day's birthdays, not with the roster.
import {
  C,
  type CadreDoc,
  type CareProfileDoc,
  type FamilyLinkDoc,
  type JobStateDoc,
  type MessageDoc,
  type PairDoc,
  type TaskDoc,
  type UserDoc,
} from '../db/collections'
import { _, db } from '../db/cloud'
import { addOnce, findById, findMany } from '../db/access'
import { birthRecord, birthdayKeysOn } from '../domain/calendar'
import {
  birthdayGifts,
  birthdayOn,
  birthdayTaskKey,
  daysToRun,
  doctorVisitTaskKey,
  festivalIsFor,
  festivalTaskKey,
  festivalsOn,
  healthCheckTaskKey,
  isHealthCheckDay,
  quarterStarting,
  visitsForBirthday,
} from '../domain/reminders'
import type { ReminderPolicy } from '../domain/occasions'
import { reminderPolicyOf } from './reminderPolicy'
import { dateWords } from '../domain/words'
import { overdueReasons } from '../domain/pairing'
import { weekdayOf } from '../domain/slots'
import { dayAfter, shanghaiDay } from '../domain/time'
import { pushDate } from '../domain/push'
import { pushOf } from './messages'

const PAGE = 100
const JOB = 'reminders'

export interface ReminderRun {
  days: string[]
  /** Cadre records read for birthdays: the day's matches, whatever the size of the roster. */
  birthdaysRead: number
  reminders: number
  tasks: number
}

/** Every cadre matching `query` (not erased), page by page in `_id` order, from after the cadre `after`. */
async function* cadresWhere(query: Record<string, unknown>, run?: ReminderRun, after = '') {
  for (;;) {
    const page = await findMany<CadreDoc>(
      C.cadres,
      { ...query, erasedAt: _.exists(false), ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: ['_id', 'asc'], limit: PAGE },
    )
    if (run) run.birthdaysRead += page.length
    if (page.length) yield page
    if (page.length < PAGE) return
    after = page[page.length - 1]._id
  }
}

const taskOf = (cadre: CadreDoc, now: Date, fields: Pick<TaskDoc, '_id' | 'kind' | 'title' | 'note' | 'dueDay'>): TaskDoc => ({
  ...fields,
  communityId: cadre.communityId,
  cadreId: cadre._id,
  cadreName: cadre.name,
  address: cadre.address,
  ...(cadre.phone ? { phone: cadre.phone } : {}),
  status: 'open',
  createdAt: now,
})

/** Family of those celebrating on `day` are told (`day` is a few days ahead). */
async function remindFamily(day: string, now: Date, policy: ReminderPolicy, run: ReminderRun): Promise<number> {
  let made = 0
  for await (const page of cadresWhere({ birthdayKey: _.in(birthdayKeysOn(day)) }, run)) {
    const celebrating = page.flatMap((c) => {
      const b = birthdayOn(c, day, policy.birthday)
      return b ? [{ cadre: c, age: b.age }] : []
    })
    if (!celebrating.length) continue
    const links = await findMany<FamilyLinkDoc>(
      C.familyLinks,
      { cadreId: _.in(celebrating.map((x) => x.cadre._id)), status: 'active' },
      { limit: 1000 },
    )
    const messages = celebrating.flatMap(({ cadre, age }) =>
      links
        .filter((l) => l.cadreId === cadre._id)
        .map((l): MessageDoc => ({
          _id: `${birthdayTaskKey(cadre._id, day)}:${l.familyOpenid}`,
          to: l.familyOpenid,
          title: `${cadre.name} ${dateWords(day)} 过 ${age} 岁生日`,
          body: `${dateWords(day)}是${cadre.name}的 ${age} 岁生日（${cadre.celebrates === 'lunar' ? '按农历过' : '按公历过'}），记得回家看看或打个电话。`,
          at: now,
          read: false,
          push: pushOf('birthday', { thing1: cadre.name, date2: pushDate(day), thing3: `${age} 岁生日，记得回家看看` }),
        })),
    )
    made += await addOnce(C.messages, messages)
  }
  return made
}

/** Staff get a 祝寿 visit for each round birthday on `day` (a week ahead), with 寿桃 noted for diabetics. */
async function birthdayTasks(day: string, now: Date, policy: ReminderPolicy, run: ReminderRun): Promise<number> {
  let made = 0
  for await (const page of cadresWhere({ birthdayKey: _.in(birthdayKeysOn(day)) }, run)) {
    const round = page.flatMap((c) => {
      const b = birthdayOn(c, day, policy.birthday)
      return b && visitsForBirthday(c, b.age, policy.birthday) ? [{ cadre: c, age: b.age }] : []
    })
    if (!round.length) continue
    const profiles = await findMany<CareProfileDoc>(C.careProfiles, { _id: _.in(round.map((x) => x.cadre._id)) }, { limit: 1000 })
    const diabetic = (id: string) => !!profiles.find((p) => p._id === id)?.health?.diabetic
    made += await addOnce(
      C.tasks,
      round.map(({ cadre, age }) =>
        taskOf(cadre, now, {
          _id: birthdayTaskKey(cadre._id, day),
          kind: '祝寿',
          title: `${cadre.name} ${age} 岁生日（${dateWords(day)}）`,
          note: `逢五排十上门祝寿，带${birthdayGifts(diabetic(cadre._id))}`,
          dueDay: day,
        }),
      ),
    )
  }
  return made
}

/**
 * Work over every page `pages` gives once for `day`. With the whole roster to go through these are the job's
 * big writes, so the last document done is recorded after each page: a run cut off by the function's time limit
 * is picked up there by the next.
 */
async function sweep<T extends { _id: string }>(
  progress: string,
  day: string,
  now: Date,
  pages: (after?: string) => AsyncIterable<T[]>,
  perPage: (page: T[]) => Promise<number>,
): Promise<number> {
  const state = await findById<JobStateDoc>(C.jobState, progress)
  if (state?.doneThrough === day) return 0
  let made = 0
  for await (const page of pages(state?.after)) {
    made += await perPage(page)
    await db
      .collection(C.jobState)
      .doc(progress)
      .set({ data: { after: page[page.length - 1]._id, at: now } })
  }
  await db
    .collection(C.jobState)
    .doc(progress)
    .set({ data: { doneThrough: day, at: now } })
  return made
}

/** A visit to every cadre the festival is for, when one falls on `day` (a week ahead). */
async function festivalTasks(day: string, now: Date, policy: ReminderPolicy): Promise<number> {
  let made = 0
  for (const festival of festivalsOn(day, policy.festivals)) {
    const query = festival.audience === 'partyMembers' ? { partyMember: true } : {}
    made += await sweep(
      `festival:${festival.key}:${day}`,
      day,
      now,
      (after) => cadresWhere(query, undefined, after),
      (page) =>
        addOnce(
          C.tasks,
          page
            .filter((c) => festivalIsFor(festival, c))
            .map((c) =>
              taskOf(c, now, {
                _id: festivalTaskKey(festival.key, day, c._id),
                kind: '节日走访',
                title: `${festival.name}走访 ${c.name}（${dateWords(day)}）`,
                note: festival.audience === 'partyMembers' ? `${festival.name}走访老党员` : `${festival.name}慰问`,
                dueDay: day,
              }),
            ),
        ),
    )
  }
  return made
}

/** The cadres' own WeChat and their bound family, for a page of cadres. */
async function householdsOf(cadres: CadreDoc[]): Promise<Map<string, string[]>> {
  const links = await findMany<FamilyLinkDoc>(C.familyLinks, { cadreId: _.in(cadres.map((c) => c._id)), status: 'active' }, { limit: 1000 })
  return new Map(
    cadres.map((c) => [c._id, [...(c.openid ? [c.openid] : []), ...links.filter((l) => l.cadreId === c._id).map((l) => l.familyOpenid)]]),
  )
}

/**
 * On the policy's day each year, staff get a task to arrange each cadre's annual health check (due within 30
 * days), and the cadre and family are told it is time to book it.
 */
async function healthCheckTasks(day: string, now: Date, policy: ReminderPolicy, run: ReminderRun): Promise<number> {
  if (!isHealthCheckDay(day, policy.healthCheck)) return 0
  const year = day.slice(0, 4)
  return sweep(
    `healthCheck:${day}`,
    day,
    now,
    (after) => cadresWhere({}, undefined, after),
    async (page) => {
      const households = await householdsOf(page)
      run.reminders += await addOnce(
        C.messages,
        page.flatMap((c) =>
          (households.get(c._id) ?? []).map((to): MessageDoc => ({
            _id: `${healthCheckTaskKey(day, c._id)}:${to}`,
            to,
            title: `${c.name} ${year} 年度体检`,
            body: `${year} 年的老干部年度体检开始安排了。社区会在一个月内联系${c.name}约时间；行动不便的，社区安排接送。`,
            at: now,
            read: false,
          })),
        ),
      )
      return addOnce(
        C.tasks,
        page.map((c) =>
          taskOf(c, now, {
            _id: healthCheckTaskKey(day, c._id),
            kind: '年度体检',
            title: `${c.name} ${year} 年度体检`,
            note: '联系老人约体检时间；行动不便的安排接送或上门体检',
            dueDay: dayAfter(day, 30),
          }),
        ),
      )
    },
  )
}

/** Care profiles that name a responsible doctor, page by page in `_id` order. */
async function* withDoctors(after = '') {
  for (;;) {
    const page = await findMany<CareProfileDoc>(
      C.careProfiles,
      { 'doctor.id': _.exists(true), ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: ['_id', 'asc'], limit: PAGE },
    )
    if (page.length) yield page
    if (page.length < PAGE) return
    after = page[page.length - 1]._id
  }
}

/**
 * On the first day of each quarter, every cadre with a responsible doctor is due a 巡诊 visit that quarter: the
 * doctor is told, and staff get a task due at the quarter's end to see it was done.
 */
async function doctorVisits(day: string, now: Date, run: ReminderRun): Promise<number> {
  const quarter = quarterStarting(day)
  if (!quarter) return 0
  return sweep(`doctorVisit:${quarter.key}`, day, now, withDoctors, async (profiles) => {
    const cadres = await findMany<CadreDoc>(C.cadres, { _id: _.in(profiles.map((p) => p._id)), erasedAt: _.exists(false) }, { limit: PAGE })
    const doctorOf = (c: CadreDoc) => profiles.find((p) => p._id === c._id)!.doctor!
    run.reminders += await addOnce(
      C.messages,
      cadres.map((c): MessageDoc => ({
        _id: `${doctorVisitTaskKey(quarter.key, c._id)}:${doctorOf(c).id}`,
        to: doctorOf(c).id,
        title: `巡诊：${c.name}（${quarter.words}）`,
        body: `请在${quarter.words}内上门为${c.name}巡诊一次。地址：${c.address}${c.phone ? `，电话 ${c.phone}` : ''}。`,
        at: now,
        read: false,
      })),
    )
    return addOnce(
      C.tasks,
      cadres.map((c) =>
        taskOf(c, now, {
          _id: doctorVisitTaskKey(quarter.key, c._id),
          kind: '巡诊',
          title: `${doctorOf(c).name}为${c.name}巡诊（${quarter.words}）`,
          note: `季度上门巡诊，请协调${doctorOf(c).name}和老人的时间`,
          dueDay: quarter.lastDay,
        }),
      ),
    )
  })
}

/** Staff hear of each 结对 pair that has fallen behind, once a week (keyed by the pair and the week's Monday). */
async function pairingAlerts(day: string, now: Date): Promise<number> {
  const pairs = (await findMany<PairDoc>(C.pairs, { active: true }, { limit: 1000 })).filter((p) => overdueReasons(p, day).length > 0)
  if (!pairs.length) return 0
  const staff = await findMany<UserDoc>(C.users, { communityId: _.in([...new Set(pairs.map((p) => p.communityId))]), roles: 'staff' })
  const monday = dayAfter(day, 1 - weekdayOf(day))
  const messages = pairs.flatMap((p) =>
    staff
      .filter((s) => s.communityId === p.communityId)
      .map((s): MessageDoc => ({
        _id: `pairing:${p._id}:${monday}:${s._id}`,
        to: s._id,
        title: `结对超期：${p.volunteerName} — ${p.cadreName}`,
        body: `${overdueReasons(p, day).join('；')}。请提醒志愿者${p.volunteerName}（${p.volunteerPhone}）联系或上门看望${p.cadreName}。`,
        at: now,
        read: false,
      })),
  )
  return addOnce(C.messages, messages)
}

/** Cadres registered since the last run who celebrate the lunar birthday get their lunar date and key. */
async function completeBirthRecords(): Promise<void> {
  for (;;) {
    const page = await findMany<CadreDoc>(
      C.cadres,
      { celebrates: 'lunar', birthdayKey: _.exists(false), erasedAt: _.exists(false) },
      { limit: PAGE },
    )
    await Promise.all(
      page.map((c) =>
        db
          .collection(C.cadres)
          .doc(c._id)
          .update({ data: birthRecord(c.birthDate, 'lunar') }),
      ),
    )
    if (page.length < PAGE) return
  }
}

/**
 * The daily run: each day after the last one finished, through today. A day is recorded as done only after all
 * its writes, so a run stopped halfway does that day again — finding what it already wrote, and adding the rest.
 */
export async function planReminders(now: Date): Promise<ReminderRun> {
  await completeBirthRecords()
  const policy = await reminderPolicyOf()
  const state = await findById<JobStateDoc>(C.jobState, JOB)
  const run: ReminderRun = { days: [], birthdaysRead: 0, reminders: 0, tasks: 0 }
  for (const day of daysToRun(state?.doneThrough, shanghaiDay(now))) {
    run.reminders += await remindFamily(dayAfter(day, policy.familyLeadDays), now, policy, run)
    const ahead = dayAfter(day, policy.staffLeadDays)
    run.tasks += (await birthdayTasks(ahead, now, policy, run)) + (await festivalTasks(ahead, now, policy))
    run.reminders += await pairingAlerts(day, now)
    run.tasks += (await healthCheckTasks(day, now, policy, run)) + (await doctorVisits(day, now, run))
    await db
      .collection(C.jobState)
      .doc(JOB)
      .set({ data: { doneThrough: day, at: now } })
    run.days.push(day)
  }
  return run
}
