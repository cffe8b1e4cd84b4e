// Calendar days are counted in Asia/Shanghai; cloud functions run in UTC.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const ZONE = 'Asia/Shanghai'

/** The Shanghai calendar day of an instant, as YYYY-MM-DD. */
export function shanghaiDay(now: Date): string {
  return dayjs(now).tz(ZONE).format('YYYY-MM-DD')
}

/** Age in full years (周岁) on the Shanghai day of `now`, from a solar birth date YYYY-MM-DD. */
export function ageOn(birthDate: string, now: Date): number {
  const [by, bm, bd] = birthDate.split('-').map(Number)
  const [ny, nm, nd] = shanghaiDay(now).split('-').map(Number)
  const hadBirthday = nm > bm || (nm === bm && nd >= bd)
  return ny - by - (hadBirthday ? 0 : 1)
}

export function addDays(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000)
}

/** The calendar day `n` days after `day` (negative for before). */
export function dayAfter(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** The last calendar day of a month 'YYYY-MM'. */
export const lastDayOfMonth = (month: string) => dayAfter(`${dayAfter(`${month}-28`, 4).slice(0, 7)}-01`, -1)
