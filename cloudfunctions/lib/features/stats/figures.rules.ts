// A community's month in figures, folded from its raw documents: roster (as it stands), 五必访 and visits, home
// services, the service card, 一键通, activities, study and 发挥作用. Pure, so a recount is testable against the
// documents it came from.
import type { CadreDoc } from '../people/docs'
import type { BookingDoc } from '../services/docs'
import type { CardAccountDoc, LedgerEntryDoc } from '../card/docs'
import type { PairDoc, PairLogDoc } from '../pairing/docs'
import type { TaskDoc, VisitDoc } from '../visits/docs'
import type { SosEventDoc } from '../sos/docs'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { MaterialDoc, MaterialReadDoc } from '../study/docs'
import type { ContributionDoc } from '../share/docs'
import type { VoiceDoc } from '../voice/docs'
import { ageOn, shanghaiDay } from '../../core/time.rules'
import { REPORT_KINDS } from '../../core/categories'
import { FAMILY_TIER } from '../sos/rules'
import { keptCadenceIn } from '../pairing/rules'
import { isOverdue } from '../voice/rules'

/** The home service that takes study materials to a cadre (送学上门, services/rules.ts). */
const STUDY_AT_HOME = 'study'

export interface MonthFigures {
  roster: {
    total: number
    retiredBefore1949: number
    retired: number
    seniorRank: number
    age80: number
    age90: number
    livesAlone: number
    partyMembers: number
    away: number
    diedThisMonth: number
    /** Status changes recorded this month (在册 → 长期住院, → 去世, and back). */
    statusChanges: number
  }
  care: {
    /** 五必访 reports (住院、大事、特殊情况) made this month, and those visited by their due day. */
    reports: number
    reportsVisitedInTime: number
    /** Every visit task due this month (祝寿、节日走访…), done, and still open past its day. */
    tasksDue: number
    tasksDone: number
    tasksOverdue: number
    visits: number
  }
  services: {
    booked: number
    completed: number
    cancelled: number
    /** Turned down or not met at the door. */
    notMet: number
    urgent: number
    /** Minutes from each urgent repair's request to someone being sent, in order. */
    urgentAnswerMinutes: number[]
    rated: number
    /** Sum of stars, to average over `rated`; `stars[0]` is how many gave one star, and so on. */
    starsSum: number
    stars: [number, number, number, number, number]
    byService: Record<string, { name: string; booked: number; completed: number }>
    /** Provider quality: what each provider was sent to, did, failed to do, and how it was rated. */
    byProvider: Record<string, ProviderFigures>
  }
  card: {
    issuedFen: number
    toppedUpFen: number
    spentFen: number
    refundedFen: number
    expiredFen: number
    /** What the community's cards hold now (balance, held money included). */
    outstandingFen: number
  }
  /**
   * 结对帮扶: pairs now, the contacts and visits logged this month, and of the pairs with at least a week of the
   * month (`due`), those that kept the cadence (a contact every week, three visits a month).
   */
  pairing: { pairs: number; contacts: number; visits: number; due: number; onCadence: number }
  sos: {
    alerts: number
    falseAlarms: number
    answered: number
    /** Seconds from each press to the first person answering, in order (the city's percentiles come from all). */
    answerSeconds: number[]
    /** Calls the community's staff were told of (family first when there is family with the permission). */
    reachedCommunity: number
  }
  activities: { held: number; signups: number; attended: number; byCategory: Record<string, number> }
  /** Materials published, reads, and study materials taken to cadres at home (送学上门 visits completed). */
  study: { materials: number; reads: number; deliveredHome: number }
  share: { offers: number; approved: number }
  /**
   * 意见建议 sent this month: how many, of them complaints, finished, finished by their due time, still open past
   * it, taken over by the bureau, and how the answers were rated.
   */
  voices: {
    received: number
    complaints: number
    closed: number
    closedInTime: number
    overdue: number
    takenOver: number
    rated: number
    starsSum: number
  }
}

export interface ProviderFigures {
  name: string
  assigned: number
  completed: number
  notMet: number
  rated: number
  starsSum: number
  /** Ratings of one or two stars, and of four or five (satisfied: the provider's 满意率). */
  poor: number
  good: number
  /** Complaints (意见建议) about a visit of theirs, sent this month. */
  complaints: number
}

/** What a month is folded from: the community's documents touching that month (the roster as it is now). */
export interface MonthSources {
  cadres: Pick<CadreDoc, 'category' | 'rank' | 'birthDate' | 'livesAlone' | 'partyMember' | 'status' | 'diedOn' | 'erasedAt' | 'history'>[]
  bookings: (Pick<BookingDoc, 'serviceKey' | 'serviceName' | 'status' | 'urgent' | 'rating' | 'providerId' | 'providerName'> &
    Partial<Pick<BookingDoc, 'createdAt' | 'history'>>)[]
  accounts: Pick<CardAccountDoc, 'balanceFen'>[]
  pairs: Pick<PairDoc, '_id' | 'active' | 'startedOn'>[]
  pairLogs: Pick<PairLogDoc, 'pairId' | 'kind' | 'day'>[]
  ledger: Pick<LedgerEntryDoc, 'kind' | 'amountFen'>[]
  tasks: Pick<TaskDoc, 'kind' | 'dueDay' | 'status' | 'doneAt' | 'createdAt'>[]
  visits: Pick<VisitDoc, 'day'>[]
  sos: Pick<SosEventDoc, 'at' | 'acknowledgedAt' | 'outcome' | 'tiers' | 'notifiedTier'>[]
  activities: Pick<ActivityDoc, '_id' | 'category' | 'startAt' | 'status'>[]
  signups: Pick<SignupDoc, 'activityId' | 'status' | 'attended'>[]
  materials: Pick<MaterialDoc, 'publishedAt'>[]
  reads: Pick<MaterialReadDoc, 'at'>[]
  contributions: Pick<ContributionDoc, 'status'>[]
  voices: Pick<VoiceDoc, 'kind' | 'status' | 'dueAt' | 'closedAt' | 'providerId' | 'providerName' | 'rating' | 'takenOverByName'>[]
}

/** A month with nothing in it. */
export const NO_SOURCES: MonthSources = {
  cadres: [],
  bookings: [],
  ledger: [],
  tasks: [],
  visits: [],
  sos: [],
  activities: [],
  signups: [],
  materials: [],
  reads: [],
  contributions: [],
  voices: [],
  accounts: [],
  pairs: [],
  pairLogs: [],
}

export const FALSE_ALARM = '误按，老人没事'

/** "2026-12" of a moment, in Shanghai. */
export const monthOf = (at: Date) => shanghaiDay(at).slice(0, 7)

/** The first moment of a Shanghai month and of the next one: the range a month's documents fall in. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) }
}

/** The month before ("2026-01" → "2025-12"). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Communities recounted per run. */
export const COMMUNITIES_PER_RUN = 5
/** Months of trend the dashboards show (this one and the eleven before it). */
export const TREND_MONTHS = 12

/** This month and the eleven before it, newest first. */
export function trendMonths(month: string, n = TREND_MONTHS): string[] {
  const months = [month]
  while (months.length < n) months.push(previousMonth(months[months.length - 1]))
  return months
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number | null {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]
}

const DONE: readonly string[] = ['completed', 'rated']
const NOT_MET: readonly string[] = ['rejected', 'no_show']

export function figuresOf(month: string, s: MonthSources, now: Date): MonthFigures {
  const today = shanghaiDay(now)
  const inMonth = (day: string | undefined) => !!day && day.slice(0, 7) === month
  const living = s.cadres.filter((c) => !c.erasedAt && c.status !== 'deceased')
  const count = <T>(list: readonly T[], test: (x: T) => boolean) => list.reduce((n, x) => n + (test(x) ? 1 : 0), 0)
  const sum = (kinds: readonly string[]) => s.ledger.filter((e) => kinds.includes(e.kind)).reduce((n, e) => n + Math.abs(e.amountFen), 0)

  const reports = s.tasks.filter((t) => (REPORT_KINDS as readonly string[]).includes(t.kind) && monthOf(new Date(t.createdAt)) === month)
  const due = s.tasks.filter((t) => inMonth(t.dueDay))
  const doneBy = (t: (typeof s.tasks)[number]) => t.status === 'done' && !!t.doneAt && shanghaiDay(new Date(t.doneAt)) <= t.dueDay

  const cadence = s.pairs
    .filter((p) => p.active && p.startedOn <= today)
    .map((p) =>
      keptCadenceIn(
        month,
        p.startedOn,
        s.pairLogs.filter((l) => l.pairId === p._id),
        today,
      ),
    )
  const stars: MonthFigures['services']['stars'] = [0, 0, 0, 0, 0]
  const byService: MonthFigures['services']['byService'] = {}
  const byProvider: MonthFigures['services']['byProvider'] = {}
  const providerOf = (id: string, name = '') =>
    (byProvider[id] ??= { name, assigned: 0, completed: 0, notMet: 0, rated: 0, starsSum: 0, poor: 0, good: 0, complaints: 0 })
  for (const v of s.voices) if (v.providerId && v.kind === '投诉') providerOf(v.providerId, v.providerName).complaints++
  for (const b of s.bookings) {
    if (b.providerId) {
      const p = providerOf(b.providerId, b.providerName)
      p.assigned++
      if (DONE.includes(b.status)) p.completed++
      if (NOT_MET.includes(b.status)) p.notMet++
      if (b.rating) {
        p.rated++
        p.starsSum += b.rating.stars
        if (b.rating.stars <= 2) p.poor++
        if (b.rating.stars >= 4) p.good++
      }
    }
    if (b.rating) stars[Math.min(5, Math.max(1, b.rating.stars)) - 1]++
    const entry = (byService[b.serviceKey] ??= { name: b.serviceName, booked: 0, completed: 0 })
    entry.booked++
    if (DONE.includes(b.status)) entry.completed++
  }

  const urgentAnswerMinutes = s.bookings
    .filter((b) => b.urgent)
    .flatMap((b) => {
      const sent = b.history?.find((h) => h.status === 'assigned')
      return sent && b.createdAt ? [Math.round((new Date(sent.at).getTime() - new Date(b.createdAt).getTime()) / 60_000)] : []
    })
    .sort((a, b) => a - b)
  const answered = s.sos
    .filter((e) => e.acknowledgedAt)
    .map((e) => (new Date(e.acknowledgedAt!).getTime() - new Date(e.at).getTime()) / 1000)
  answered.sort((a, b) => a - b)

  const held = s.activities.filter((a) => a.status !== 'cancelled' && new Date(a.startAt) <= now)
  const heldIds = new Set(held.map((a) => a._id))
  const byCategory: Record<string, number> = {}
  for (const a of held) byCategory[a.category] = (byCategory[a.category] ?? 0) + 1
  const heldSignups = s.signups.filter((x) => heldIds.has(x.activityId) && x.status === 'confirmed')

  return {
    roster: {
      total: living.length,
      retiredBefore1949: count(living, (c) => c.category === '离休'),
      retired: count(living, (c) => c.category === '退休'),
      seniorRank: count(living, (c) => c.rank === '副县级以上'),
      age80: count(living, (c) => ageOn(c.birthDate, now) >= 80),
      age90: count(living, (c) => ageOn(c.birthDate, now) >= 90),
      livesAlone: count(living, (c) => c.livesAlone),
      partyMembers: count(living, (c) => c.partyMember),
      away: count(living, (c) => c.status === 'hospital' || c.status === 'away'),
      diedThisMonth: count(s.cadres, (c) => c.status === 'deceased' && inMonth(c.diedOn)),
      statusChanges: s.cadres.reduce(
        (n, c) => n + count(c.history ?? [], (h) => h.what.startsWith('改为') && monthOf(new Date(h.at)) === month),
        0,
      ),
    },
    care: {
      reports: reports.length,
      reportsVisitedInTime: count(reports, doneBy),
      tasksDue: due.length,
      tasksDone: count(due, (t) => t.status === 'done'),
      tasksOverdue: count(due, (t) => t.status === 'open' && t.dueDay < today),
      visits: count(s.visits, (v) => inMonth(v.day)),
    },
    services: {
      booked: s.bookings.length,
      completed: count(s.bookings, (b) => DONE.includes(b.status)),
      cancelled: count(s.bookings, (b) => b.status === 'cancelled'),
      notMet: count(s.bookings, (b) => NOT_MET.includes(b.status)),
      urgent: count(s.bookings, (b) => b.urgent),
      urgentAnswerMinutes,
      rated: stars.reduce((a, b) => a + b, 0),
      starsSum: stars.reduce((a, n, i) => a + n * (i + 1), 0),
      stars,
      byService,
      byProvider,
    },
    card: {
      issuedFen: sum(['issue']),
      toppedUpFen: sum(['topup']),
      spentFen: sum(['capture']),
      refundedFen: sum(['refund']),
      expiredFen: sum(['expire']),
      outstandingFen: s.accounts.reduce((n, a) => n + a.balanceFen, 0),
    },
    pairing: {
      pairs: count(s.pairs, (p) => p.active),
      contacts: count(s.pairLogs, (l) => l.kind === '联系' && inMonth(l.day)),
      visits: count(s.pairLogs, (l) => l.kind === '走访' && inMonth(l.day)),
      due: cadence.filter((kept) => kept !== null).length,
      onCadence: cadence.filter((kept) => kept === true).length,
    },
    sos: {
      alerts: s.sos.length,
      falseAlarms: count(s.sos, (e) => e.outcome === FALSE_ALARM),
      answered: answered.length,
      answerSeconds: answered,
      reachedCommunity: count(s.sos, (e) => e.tiers.slice(0, e.notifiedTier + 1).some((t) => t.name !== FAMILY_TIER)),
    },
    activities: { held: held.length, signups: heldSignups.length, attended: count(heldSignups, (x) => x.attended === true), byCategory },
    study: {
      materials: s.materials.length,
      reads: s.reads.length,
      deliveredHome: count(s.bookings, (b) => b.serviceKey === STUDY_AT_HOME && DONE.includes(b.status)),
    },
    share: { offers: s.contributions.length, approved: count(s.contributions, (c) => c.status === 'approved') },
    voices: {
      received: s.voices.length,
      complaints: count(s.voices, (v) => v.kind === '投诉'),
      closed: count(s.voices, (v) => v.status === 'closed'),
      closedInTime: count(s.voices, (v) => !!v.closedAt && new Date(v.closedAt) <= new Date(v.dueAt)),
      overdue: count(s.voices, (v) => isOverdue(v, now)),
      takenOver: count(s.voices, (v) => !!v.takenOverByName),
      rated: count(s.voices, (v) => !!v.rating),
      starsSum: s.voices.reduce((n, v) => n + (v.rating?.stars ?? 0), 0),
    },
  }
}

/** The figures the bureau ranks communities by, in words, with how to read each from a month. */
export const RANKED_FIGURES = {
  reportsInTime: { label: '五必访按时走访率', unit: '%', of: (f: MonthFigures) => rate(f.care.reportsVisitedInTime, f.care.reports) },
  tasksDone: { label: '走访任务完成率', unit: '%', of: (f: MonthFigures) => rate(f.care.tasksDone, f.care.tasksDue) },
  visits: { label: '走访次数', unit: '次', of: (f: MonthFigures) => f.care.visits },
  servicesDone: { label: '上门服务完成', unit: '单', of: (f: MonthFigures) => f.services.completed },
  satisfaction: {
    label: '服务满意率（4–5 星）',
    unit: '%',
    of: (f: MonthFigures) => rate(f.services.stars[3] + f.services.stars[4], f.services.rated),
  },
  activitiesHeld: { label: '开展活动', unit: '场', of: (f: MonthFigures) => f.activities.held },
  attendance: { label: '活动到场率', unit: '%', of: (f: MonthFigures) => rate(f.activities.attended, f.activities.signups) },
  sosAnswered: { label: '一键通响应', unit: '次', of: (f: MonthFigures) => f.sos.answered },
  pairingOnCadence: { label: '结对帮扶按要求率', unit: '%', of: (f: MonthFigures) => rate(f.pairing.onCadence, f.pairing.due) },
  studyReads: { label: '学习阅读', unit: '人次', of: (f: MonthFigures) => f.study.reads },
  studyAtHome: { label: '送学上门', unit: '次', of: (f: MonthFigures) => f.study.deliveredHome },
  voicesInTime: {
    label: '意见建议按时办结率',
    unit: '%',
    of: (f: MonthFigures) => rate(f.voices.closedInTime, f.voices.closed + f.voices.overdue),
  },
  roster: { label: '在册老干部', unit: '人', of: (f: MonthFigures) => f.roster.total },
} as const
export type RankedFigure = keyof typeof RANKED_FIGURES

/** A share in whole per cent, or null when there is nothing to share (no reports, no ratings). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null
}

const DURATIONS = ['answerSeconds', 'urgentAnswerMinutes']

/** Adds months (or communities) together: the city's figures are the sum of its communities'. */
export function addFigures(a: MonthFigures, b: MonthFigures): MonthFigures {
  const add = (x: unknown, y: unknown, key: string): unknown => {
    if (typeof x === 'number' && typeof y === 'number') return x + y
    if (typeof x === 'string') return x
    // Durations are kept whole, so percentiles over many communities stay true; star counts add place by place.
    if (Array.isArray(x) && Array.isArray(y))
      return DURATIONS.includes(key) ? [...x, ...y].sort((p, q) => p - q) : x.map((v: unknown, i) => add(v, y[i], key))
    const keys = new Set([...Object.keys(x as object), ...Object.keys(y as object)])
    return Object.fromEntries(
      [...keys].map((k) => {
        const [xv, yv] = [(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]
        return [k, xv === undefined ? yv : yv === undefined ? xv : add(xv, yv, k)]
      }),
    )
  }
  return add(a, b, '') as MonthFigures
}

/** A month with no figures kept yet reads as nothing happened. */
export const NO_FIGURES = figuresOf('2000-01', NO_SOURCES, new Date(0))

/** Figures added up from nothing (so a month kept before a figure existed reads it as 0); null when there are none. */
export function sumOfFigures(list: MonthFigures[]): MonthFigures | null {
  return list.length ? list.reduce<MonthFigures>((acc, f) => addFigures(acc, f), NO_FIGURES) : null
}

/** The same month a year before: "2025-12" for "2026-12". */
export const lastYearOf = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
