// The daily reminder work: for each day not yet done (so a missed day is caught up), family hear of birthdays a
// few days ahead, staff get 祝寿 tasks for round birthdays a week ahead, and the roster-wide sweeps (festivals,
// health checks, 巡诊; reminderSweeps.ts) are registered and carried on. Every reminder and
// task is written under its occasion's key: the database refuses a second one, so a repeated run, or one that
// stopped halfway and is run again, creates nothing twice. The day's birthdays come from the indexed birthday
// key, so the work grows with the day's birthdays, not with the roster.
import { C } from '../../db/collections'
import type { CadreDoc, FamilyLinkDoc, UserDoc } from '../people/docs'
import type { CareProfileDoc } from '../care/docs'
import type { JobStateDoc } from '../../core/docs'
import type { MessageDoc } from '../messages/docs'
import type { PairDoc } from '../pairing/docs'
import { _, db } from '../../db/cloud'
import { addOnce, findAll, findById, findIn, findMany } from '../../db/access'
import { birthRecord, birthdayKeysOn } from './calendar.rules'
import { birthdayGifts, birthdayOn, birthdayTaskKey, daysToRun, visitsForBirthday } from './rules'
import type { ReminderPolicy } from './occasions.rules'
import { reminderPolicyOf } from './policy'
import { dateWords } from '../../core/words.rules'
import { overdueReasons } from '../pairing/rules'
import { weekdayOf } from '../services/slots.rules'
import { dayAfter, shanghaiDay } from '../../core/time.rules'
import { pushDate } from '../push/rules'
import { pushOf } from '../messages/messages'
import { cadresWhere, PAGE, taskOf, type ReminderRun } from './roster'
import { registerSweeps, runSweeps } from './sweeps'

const JOB = 'reminders'

/** Family of those celebrating on `day` are told (`day` is a few days ahead). */
async function remindFamily(day: string, now: Date, policy: ReminderPolicy, run: ReminderRun): Promise<number> {
  let made = 0
  for await (const page of cadresWhere({ birthdayKey: _.in(birthdayKeysOn(day)) }, run)) {
    const celebrating = page.flatMap((c) => {
      const b = birthdayOn(c, day, policy.birthday)
      return b ? [{ cadre: c, age: b.age }] : []
    })
    if (!celebrating.length) continue
    const links = await findIn<FamilyLinkDoc>(
      C.familyLinks,
      'cadreId',
      celebrating.map((x) => x.cadre._id),
      { status: 'active' },
    )
    const messages = celebrating.flatMap(({ cadre, age }) =>
      links
        .filter((l) => l.cadreId === cadre._id)
        .map((l): MessageDoc => ({
          _id: `${birthdayTaskKey(cadre._id, day)}:${l.familyOpenid}`,
          to: l.familyOpenid,
          title: `${cadre.name} ${dateWords(day)} 过 ${age} 岁生日`,
          body: `${dateWords(day)}是${cadre.name}的 ${age} 岁生日（${cadre.celebrates === 'lunar' ? '按农历过' : '按公历过'}），记得回家看看或打个电话。`,
          opens: { page: 'cadre', id: cadre._id },
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
    const profiles = await findIn<CareProfileDoc>(
      C.careProfiles,
      '_id',
      round.map((x) => x.cadre._id),
    )
    const diabetic = (id: string) => !!profiles.find((p) => p._id === id)?.health?.diabetic
    made += await addOnce(
      C.tasks,
      round.map(({ cadre, age }) =>
        taskOf(cadre, now, {
          _id: birthdayTaskKey(cadre._id, day),
          kind: '祝寿',
          title: `${cadre.name} ${age} 岁生日（${dateWords(day)}）`,
          note: `逢五排十上门祝寿，带${birthdayGifts(diabetic(cadre._id))}`,
          ...(diabetic(cadre._id) ? { healthFields: ['health.diabetic'] } : {}),
          dueDay: day,
        }),
      ),
    )
  }
  return made
}

/** Staff hear of each 结对 pair that has fallen behind, once a week (keyed by the pair and the week's Monday). */
async function pairingAlerts(day: string, now: Date): Promise<number> {
  const pairs = (await findAll<PairDoc>(C.pairs, { active: true })).filter((p) => overdueReasons(p, day).length > 0)
  if (!pairs.length) return 0
  const staff = await findIn<UserDoc>(
    C.users,
    'communityId',
    pairs.map((p) => p.communityId),
    { roles: 'staff' },
  )
  const monday = dayAfter(day, 1 - weekdayOf(day))
  const messages = pairs.flatMap((p) =>
    staff
      .filter((s) => s.communityId === p.communityId)
      .map((s): MessageDoc => ({
        _id: `pairing:${p._id}:${monday}:${s._id}`,
        to: s._id,
        title: `结对超期：${p.volunteerName} — ${p.cadreName}`,
        body: `${overdueReasons(p, day).join('；')}。请提醒志愿者${p.volunteerName}（${p.volunteerPhone}）联系或上门看望${p.cadreName}。`,
        opens: { page: 'pairing' },
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
 * The daily run: each day after the last one finished, through today — the day's birthdays and pairing alerts, and
 * the registration of any roster-wide sweep that starts with it. A day is recorded as done only after all its
 * writes, so a run stopped halfway does that day again, finding what it already wrote and adding the rest. Then
 * the pending sweeps are carried on until `deadline` (wall-clock ms; the function's own time limit is 60 s).
 */
export async function planReminders(now: Date): Promise<ReminderRun> {
  await completeBirthRecords()
  const policy = await reminderPolicyOf()
  const state = await findById<JobStateDoc>(C.jobState, JOB)
  const run: ReminderRun = { days: [], birthdaysRead: 0, reminders: 0, tasks: 0, sweepsPending: 0 }
  for (const day of daysToRun(state?.doneThrough, shanghaiDay(now))) {
    run.reminders += await remindFamily(dayAfter(day, policy.familyLeadDays), now, policy, run)
    run.tasks += await birthdayTasks(dayAfter(day, policy.staffLeadDays), now, policy, run)
    run.reminders += await pairingAlerts(day, now)
    await registerSweeps(day, policy, now)
    await db
      .collection(C.jobState)
      .doc(JOB)
      .set({ data: { doneThrough: day, at: now } })
    run.days.push(day)
  }
  return run
}

/** Carries the roster-wide sweeps on until `deadline` (ms since the epoch); what is left goes on in the next run. */
export async function continueSweeps(now: Date, deadline: number, run: ReminderRun): Promise<ReminderRun> {
  return { ...run, sweepsPending: await runSweeps(now, deadline, run) }
}
