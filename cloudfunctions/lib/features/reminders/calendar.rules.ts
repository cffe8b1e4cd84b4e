// Birthdays and festivals as the cadres celebrate them: on the solar date, or on the lunar date through
// lunar-javascript (cloud side only: it is large). Days are Shanghai calendar days, 'YYYY-MM-DD'.
//
// Rules (README § 生日规则):
// - Solar birthdays on 29 February are celebrated on 28 February in common years.
// - Lunar birthdays in a leap month are celebrated in that leap month in years that have it, else in the
//   ordinary month of the same number. Day 30 in a 29-day lunar month falls back to day 29.
// - Age is counted in full years (周岁) by the calendar celebrated; the policy may choose 虚岁 (one more).
// - 逢五排十: a round birthday is an age ending in 5 or 0, from a threshold by rank (policy).
import { Lunar, LunarMonth, LunarYear, Solar } from 'lunar-javascript'
import {
  DEFAULT_BIRTHDAY_POLICY,
  DEFAULT_FESTIVALS,
  birthdayKey,
  type Birth,
  type BirthdayPolicy,
  type FestivalRule,
  type Rank,
} from './occasions.rules'

export interface Occurrence {
  date: string
  /** Full years (周岁) reached that day. */
  age: number
}

const pad = (n: number) => String(n).padStart(2, '0')
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
const parts = (day: string) => day.split('-').map(Number) as [number, number, number]
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const solarOf = (l: Lunar) => {
  const s = l.getSolar()
  return ymd(s.getYear(), s.getMonth(), s.getDay())
}

/** The solar birthday in Gregorian year `year`. */
export function solarBirthdayIn(year: number, birth: Birth): string {
  const [, m, d] = parts(birth.solar)
  return m === 2 && d === 29 && !isLeapYear(year) ? ymd(year, 2, 28) : ymd(year, m, d)
}

/** The solar date of the lunar birthday in lunar year `lunarYear`. */
export function lunarBirthdayIn(lunarYear: number, lunar: NonNullable<Birth['lunar']>): string {
  const month = lunar.leap && LunarYear.fromYear(lunarYear).getLeapMonth() === lunar.month ? -lunar.month : lunar.month
  const days = LunarMonth.fromYm(lunarYear, month).getDayCount()
  return solarOf(Lunar.fromYmd(lunarYear, month, Math.min(lunar.day, days)))
}

/** The first birthday celebrated on or after `today`, in the calendar the cadre celebrates. */
export function nextBirthday(birth: Birth, celebrates: 'solar' | 'lunar', today: string): Occurrence {
  const [ty] = parts(today)
  if (celebrates === 'lunar' && birth.lunar) {
    const bornLunarYear = Solar.fromYmd(...parts(birth.solar))
      .getLunar()
      .getYear()
    for (const ly of [ty - 1, ty, ty + 1]) {
      const date = lunarBirthdayIn(ly, birth.lunar)
      if (date >= today) return { date, age: ly - bornLunarYear }
    }
  }
  const [by] = parts(birth.solar)
  const date = solarBirthdayIn(ty, birth)
  return date >= today ? { date, age: ty - by } : { date: solarBirthdayIn(ty + 1, birth), age: ty + 1 - by }
}

/** The age spoken of on the birthday: 周岁, or 虚岁 when the policy says so. */
export function celebratedAge(occurrence: Occurrence, policy: BirthdayPolicy = DEFAULT_BIRTHDAY_POLICY): number {
  return policy.reckoning === 'nominal' ? occurrence.age + 1 : occurrence.age
}

/** 逢五排十: ages ending in 5 or 0, from the rank's threshold. */
export function isRoundBirthday(age: number, rank: Rank, policy: BirthdayPolicy = DEFAULT_BIRTHDAY_POLICY): boolean {
  return age % 5 === 0 && age >= policy.thresholds[rank]
}

export function birthdayKeysOn(day: string): string[] {
  const [y, m, d] = parts(day)
  const keys = [`S:${m}-${d}`]
  if (m === 2 && d === 28 && !isLeapYear(y)) keys.push('S:2-29')
  const lunar = Solar.fromYmd(y, m, d).getLunar()
  const lm = lunar.getMonth()
  const month = Math.abs(lm)
  const yearLeap = LunarYear.fromYear(lunar.getYear()).getLeapMonth()
  const lastDay = LunarMonth.fromYm(lunar.getYear(), lm).getDayCount() === 29 && lunar.getDay() === 29
  const days = lastDay ? [29, 30] : [lunar.getDay()]
  for (const dd of days) {
    // Ordinary-month births celebrate in the ordinary month; leap-month births in the leap month when the
    // year has it, else in the ordinary month.
    if (lm > 0) keys.push(`L:${month}-${dd}`)
    if (lm < 0 || yearLeap !== month) keys.push(`L:leap:${month}-${dd}`)
  }
  return keys
}

/** Each festival's solar date in `year` (lunar festivals of that lunar year, which all fall in it). */
export function festivalsIn(year: number, rules: FestivalRule[] = DEFAULT_FESTIVALS) {
  return rules
    .map((r) => ({ ...r, date: r.calendar === 'solar' ? ymd(year, r.month, r.day) : solarOf(Lunar.fromYmd(year, r.month, r.day)) }))
    .sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * What a cadre's record keeps of the birth for the daily job: the lunar date (for those who celebrate it) read
 * off the solar birth date, and the indexed key of the birthday celebrated.
 */
export function birthRecord(birthDate: string, celebrates: 'solar' | 'lunar') {
  if (celebrates === 'solar') return { birthdayKey: birthdayKey({ solar: birthDate }, 'solar') }
  const l = Solar.fromYmd(...parts(birthDate)).getLunar()
  const lunarBirth = { month: Math.abs(l.getMonth()), day: l.getDay(), leap: l.getMonth() < 0 }
  return { lunarBirth, birthdayKey: birthdayKey({ solar: birthDate, lunar: lunarBirth }, 'lunar') }
}
