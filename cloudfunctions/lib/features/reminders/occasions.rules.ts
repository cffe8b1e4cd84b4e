// What the calendar rules are about, without the calendar: ranks, births, the birthday and festival policy, and
// the indexed birthday key. No imports, so the api and minutely functions can use these without lunar-javascript
// (which only the daily function carries; see calendar.ts).

export type Rank = '副县级以上' | '一般'

export interface Birth {
  /** Solar birth date. */
  solar: string
  /** The lunar birth date, for those who celebrate it. */
  lunar?: { month: number; day: number; leap: boolean }
}

export interface BirthdayPolicy {
  thresholds: Record<Rank, number>
  reckoning: 'full' | 'nominal'
}

export const DEFAULT_BIRTHDAY_POLICY: BirthdayPolicy = { thresholds: { 副县级以上: 70, 一般: 80 }, reckoning: 'full' }

export interface FestivalRule {
  key: string
  name: string
  calendar: 'solar' | 'lunar'
  month: number
  day: number
  audience: 'all' | 'partyMembers'
}

export const DEFAULT_FESTIVALS: FestivalRule[] = [
  { key: 'chunjie', name: '春节', calendar: 'lunar', month: 1, day: 1, audience: 'all' },
  { key: 'qiyi', name: '七一', calendar: 'solar', month: 7, day: 1, audience: 'partyMembers' },
  { key: 'duanwu', name: '端午', calendar: 'lunar', month: 5, day: 5, audience: 'all' },
  { key: 'zhongqiu', name: '中秋', calendar: 'lunar', month: 8, day: 15, audience: 'all' },
  { key: 'chongyang', name: '重阳', calendar: 'lunar', month: 9, day: 9, audience: 'all' },
]

/** The festivals a policy may choose from (the defaults and a few more some bureaux keep). */
export const FESTIVAL_CATALOGUE: FestivalRule[] = [
  ...DEFAULT_FESTIVALS,
  { key: 'yuanxiao', name: '元宵', calendar: 'lunar', month: 1, day: 15, audience: 'all' },
  { key: 'bayi', name: '八一', calendar: 'solar', month: 8, day: 1, audience: 'all' },
  { key: 'guoqing', name: '国庆', calendar: 'solar', month: 10, day: 1, audience: 'all' },
]

const parts = (day: string) => day.split('-').map(Number) as [number, number, number]

/**
 * Index keys, so the daily job finds a day's birthdays with an indexed query instead of reading the roster.
 * A cadre stores one key (birthdayKey); a day matches every key celebrated on it.
 */
export function birthdayKey(birth: Birth, celebrates: 'solar' | 'lunar'): string {
  if (celebrates === 'lunar' && birth.lunar) return `L:${birth.lunar.leap ? 'leap:' : ''}${birth.lunar.month}-${birth.lunar.day}`
  const [, m, d] = parts(birth.solar)
  return `S:${m}-${d}`
}

export interface ReminderPolicy {
  /** Days before a birthday that family are reminded. */
  familyLeadDays: number
  /** Days before a round birthday or festival that staff get the visit task. */
  staffLeadDays: number
  /** Days staff have to visit after a 五必访 report (住院, 大事, 特殊情况). */
  reportDueDays: number
  birthday: BirthdayPolicy
  festivals: FestivalRule[]
  /** The solar day each year when staff are asked to arrange every cadre's annual health check. */
  healthCheck: { month: number; day: number }
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  familyLeadDays: 3,
  staffLeadDays: 7,
  reportDueDays: 2,
  birthday: DEFAULT_BIRTHDAY_POLICY,
  festivals: DEFAULT_FESTIVALS,
  healthCheck: { month: 3, day: 1 },
}

const HOUR = 3_600_000

/** Reminders of a booked visit or an activity: the day before (24 hours) and 2 hours before, each once. */
export const UPCOMING = {
  day: { beforeMs: 24 * HOUR, flag: 'remindedDay' },
  soon: { beforeMs: 2 * HOUR, flag: 'remindedSoon' },
} as const
export type UpcomingKind = keyof typeof UPCOMING

/**
 * The window of start times whose reminder of this kind is due now: starting within its lead time, and (for the
 * day-before one) not already inside the 2-hour one, which then says it instead.
 */
export function upcomingWindow(kind: UpcomingKind, now: Date): { after: Date; until: Date } {
  const after = kind === 'day' ? now.getTime() + UPCOMING.soon.beforeMs : now.getTime()
  return { after: new Date(after), until: new Date(now.getTime() + UPCOMING[kind].beforeMs) }
}
