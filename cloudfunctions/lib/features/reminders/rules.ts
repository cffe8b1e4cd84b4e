// What the daily job owes each day: family reminders of birthdays a few days ahead, staff visit tasks for round
// birthdays and festivals a week ahead, and 五必访 visits with a due date. Every occasion has one key, so writing
// it twice is refused by the database and a repeated, resumed or late run creates nothing new. Pure: the day is
// passed in (Shanghai calendar days, 'YYYY-MM-DD').
import { celebratedAge, festivalsIn, isRoundBirthday, nextBirthday } from './calendar.rules'
import { DEFAULT_BIRTHDAY_POLICY, DEFAULT_FESTIVALS, type BirthdayPolicy, type FestivalRule, type Rank } from './occasions.rules'
import { dayAfter } from '../../core/time.rules'

export interface CadreDates {
  _id: string
  birthDate: string
  celebrates: 'solar' | 'lunar'
  lunarBirth?: { month: number; day: number; leap: boolean }
  rank: Rank
  partyMember: boolean
}

/** The birthday the cadre celebrates on `day`, with the age spoken of, or null if `day` is not it. */
export function birthdayOn(cadre: CadreDates, day: string, policy: BirthdayPolicy = DEFAULT_BIRTHDAY_POLICY) {
  const next = nextBirthday({ solar: cadre.birthDate, lunar: cadre.lunarBirth }, cadre.celebrates, day)
  return next.date === day ? { date: day, age: celebratedAge(next, policy) } : null
}

export const birthdayTaskKey = (cadreId: string, day: string) => `birthday:${cadreId}:${day.slice(0, 4)}`
export const festivalTaskKey = (festival: string, day: string, cadreId: string) => `festival:${festival}:${day.slice(0, 4)}:${cadreId}`

export const healthCheckTaskKey = (day: string, cadreId: string) => `healthCheck:${day.slice(0, 4)}:${cadreId}`
export const doctorVisitTaskKey = (quarter: string, cadreId: string) => `doctorVisit:${quarter}:${cadreId}`

/** Whether `day` is the policy's day to arrange the year's health checks. */
export const isHealthCheckDay = (day: string, at: { month: number; day: number }) =>
  Number(day.slice(5, 7)) === at.month && Number(day.slice(8, 10)) === at.day

export interface Quarter {
  key: string
  words: string
  lastDay: string
}

/** Roster-wide work registered for a day (see actions/reminderSweeps.ts). */
export type SweepSpec =
  | { kind: 'festival'; day: string; festival: FestivalRule }
  | { kind: 'healthCheck'; day: string }
  | { kind: 'doctorVisit'; day: string; quarter: Quarter }

/** On the first day of a quarter, that quarter (its key, words and last day): the doctors' round begins. */
export function quarterStarting(day: string): Quarter | null {
  const [y, m, d] = day.split('-').map(Number)
  if (d !== 1 || (m - 1) % 3 !== 0) return null
  const q = (m - 1) / 3 + 1
  const last = new Date(Date.UTC(y, m + 2, 0)).toISOString().slice(0, 10)
  return { key: `${y}Q${q}`, words: `${y}年第${'一二三四'[q - 1]}季度（${m}–${m + 2}月）`, lastDay: last }
}

/** Whether staff visit for this birthday (逢五排十 from the rank's threshold). */
export const visitsForBirthday = (cadre: CadreDates, age: number, policy: BirthdayPolicy) => isRoundBirthday(age, cadre.rank, policy)

/** The festivals that fall on `day`, and who they are for. */
export function festivalsOn(day: string, rules: FestivalRule[] = DEFAULT_FESTIVALS) {
  return festivalsIn(Number(day.slice(0, 4)), rules).filter((f) => f.date === day)
}

export const festivalIsFor = (f: { audience: 'all' | 'partyMembers' }, cadre: Pick<CadreDates, 'partyMember'>) =>
  f.audience === 'all' || cadre.partyMember

/**
 * The days a run on `today` must still do: every day after the last one done, through today, so a missed day is
 * caught up; at most `maxCatchUp` days back, and just today on the first run.
 */
export function daysToRun(doneThrough: string | undefined, today: string, maxCatchUp = 31): string[] {
  const earliest = dayAfter(today, -(maxCatchUp - 1))
  let day = doneThrough ? dayAfter(doneThrough, 1) : today
  if (day < earliest) day = earliest
  const days: string[] = []
  for (; day <= today; day = dayAfter(day, 1)) days.push(day)
  return days
}

/** "寿桃" rather than cake for a diabetic, from the care profile. */
export function birthdayGifts(diabetic: boolean): string {
  return diabetic ? '鲜花、寿桃（老人有糖尿病，不送蛋糕）' : '鲜花、蛋糕'
}
