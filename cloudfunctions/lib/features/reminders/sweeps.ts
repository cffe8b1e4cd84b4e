// The reminder work that goes through the whole roster: festival visits (every cadre, or every party member for
// 七一), the year's health checks, and a quarter's 巡诊 for everyone with a responsible doctor. When its day comes
// the daily job registers a sweep (keyed, so once); at the end of every run it works through the pending sweeps a
// page at a time, recording the last document done after each page, until they are finished or the run's time
// for them is up. A sweep too big for one run is carried on by the next, and never holds back the next day's
// birthdays, which every run does first.
import { C } from '../../db/collections'
import type { CadreDoc, FamilyLinkDoc } from '../people/docs'
import type { CareProfileDoc } from '../care/docs'
import type { JobStateDoc } from '../../core/docs'
import type { MessageDoc } from '../messages/docs'
import { _, db } from '../../db/cloud'
import { addOnce, findIn, findMany } from '../../db/access'
import type { FestivalRule, ReminderPolicy } from './occasions.rules'
import {
  doctorVisitTaskKey,
  festivalIsFor,
  festivalTaskKey,
  festivalsOn,
  healthCheckTaskKey,
  isHealthCheckDay,
  quarterStarting,
  type Quarter,
  type SweepSpec,
} from './rules'
import { dateWords } from '../../core/words.rules'
import { dayAfter } from '../../core/time.rules'
import { cadresWhere, PAGE, taskOf, type ReminderRun } from './roster'
import { LIVING } from '../roster/living'

const sweepId = (s: SweepSpec) =>
  s.kind === 'festival'
    ? `festival:${s.festival.key}:${s.day}`
    : s.kind === 'healthCheck'
      ? `healthCheck:${s.day}`
      : `doctorVisit:${s.quarter.key}`

/** The sweeps that begin with `day`: festivals a staff lead ahead, the health checks, a quarter's 巡诊. */
function sweepsFor(day: string, policy: ReminderPolicy): SweepSpec[] {
  const ahead = dayAfter(day, policy.staffLeadDays)
  const quarter = quarterStarting(day)
  return [
    ...festivalsOn(ahead, policy.festivals).map(({ key, name, calendar, month, day: d, audience }): SweepSpec => ({
      kind: 'festival',
      day: ahead,
      festival: { key, name, calendar, month, day: d, audience },
    })),
    ...(isHealthCheckDay(day, policy.healthCheck) ? [{ kind: 'healthCheck', day } as const] : []),
    ...(quarter ? [{ kind: 'doctorVisit', day, quarter } as const] : []),
  ]
}

/** Registers `day`'s sweeps; one already registered (or finished) is left as it is. */
export async function registerSweeps(day: string, policy: ReminderPolicy, now: Date): Promise<void> {
  const docs: JobStateDoc[] = sweepsFor(day, policy).map((sweep) => ({ _id: sweepId(sweep), sweep, pending: true, at: now }))
  await addOnce(C.jobState, docs)
}

/** The cadres' own WeChat and their bound family, for a page of cadres. */
async function householdsOf(cadres: CadreDoc[]): Promise<Map<string, string[]>> {
  const links = await findIn<FamilyLinkDoc>(
    C.familyLinks,
    'cadreId',
    cadres.map((c) => c._id),
    { status: 'active' },
  )
  return new Map(
    cadres.map((c) => [c._id, [...(c.openid ? [c.openid] : []), ...links.filter((l) => l.cadreId === c._id).map((l) => l.familyOpenid)]]),
  )
}

/** A visit to every cadre the festival is for. */
function festivalPage(festival: FestivalRule, day: string, now: Date) {
  return (page: CadreDoc[]) =>
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
    )
}

/** Staff arrange each cadre's annual health check within 30 days; the cadre and family are told it is time. */
function healthCheckPage(day: string, now: Date, run: ReminderRun) {
  const year = day.slice(0, 4)
  return async (page: CadreDoc[]) => {
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
  }
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

/** Each doctor is told of their patients due a 巡诊 this quarter; staff get a task due at its end to see it done. */
function doctorVisitPage(quarter: Quarter, now: Date, run: ReminderRun) {
  return async (profiles: CareProfileDoc[]) => {
    const cadres = await findMany<CadreDoc>(C.cadres, { _id: _.in(profiles.map((p) => p._id)), ...LIVING }, { limit: PAGE })
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
  }
}

interface SweepWork<T> {
  pages: (after?: string) => AsyncIterable<T[]>
  perPage: (page: T[]) => Promise<number>
}

/** Carries a sweep on from its last page; whether it finished before `deadline` (wall-clock ms). */
async function pageThrough<T extends { _id: string }>(
  { pages, perPage }: SweepWork<T>,
  state: JobStateDoc,
  now: Date,
  deadline: number,
  run: ReminderRun,
): Promise<boolean> {
  const progress = db.collection(C.jobState).doc(state._id)
  let pagesDone = 0
  for await (const page of pages(state.after)) {
    // At least one page a run, so every sweep moves on however little time is left.
    if (pagesDone > 0 && Date.now() >= deadline) return false
    run.tasks += await perPage(page)
    await progress.update({ data: { after: page[page.length - 1]._id, at: now } })
    pagesDone += 1
  }
  await progress.update({ data: { pending: false, doneThrough: state.sweep!.day, at: now } })
  return true
}

function carryOn(state: JobStateDoc, now: Date, deadline: number, run: ReminderRun): Promise<boolean> {
  const sweep = state.sweep!
  switch (sweep.kind) {
    case 'festival': {
      const query = sweep.festival.audience === 'partyMembers' ? { partyMember: true } : {}
      const work = {
        pages: (after?: string) => cadresWhere(query, undefined, after),
        perPage: festivalPage(sweep.festival, sweep.day, now),
      }
      return pageThrough(work, state, now, deadline, run)
    }
    case 'healthCheck': {
      const work = { pages: (after?: string) => cadresWhere({}, undefined, after), perPage: healthCheckPage(sweep.day, now, run) }
      return pageThrough(work, state, now, deadline, run)
    }
    case 'doctorVisit':
      return pageThrough({ pages: withDoctors, perPage: doctorVisitPage(sweep.quarter, now, run) }, state, now, deadline, run)
  }
}

/** Works through the pending sweeps, oldest first, until all are done or the time is up; how many are left. */
export async function runSweeps(now: Date, deadline: number, run: ReminderRun): Promise<number> {
  const pending = await findMany<JobStateDoc>(C.jobState, { pending: true }, { orderBy: ['sweep.day', 'asc'], limit: 100 })
  let finished = 0
  for (const state of pending) {
    if (!(await carryOn(state, now, deadline, run))) break
    finished += 1
  }
  return pending.length - finished
}
