// Calendar days as the community lives them (Asia/Shanghai, no daylight saving), whatever the phone's zone.

const SHANGHAI_MS = 8 * 3600_000

/** The Shanghai day `n` days from today, 'YYYY-MM-DD'. */
export const dayFromToday = (n = 0) => new Date(Date.now() + SHANGHAI_MS + n * 86_400_000).toISOString().slice(0, 10)

const WEEKDAYS = '日一二三四五六'

/** "2026年12月1日 周二". */
export function fullDateWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日 周${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`
}

/** What a picker chooses: a date, a month, a time, or a day of every year ('MM-DD', e.g. when the card money is issued). */
export type PickMode = 'date' | 'month' | 'time' | 'monthDay'

/** The value in the words people say it. */
export function pickedWords(mode: PickMode, value: string): string {
  if (!value) return ''
  if (mode === 'time') return value
  if (mode === 'monthDay') return `每年 ${Number(value.slice(0, 2))}月${Number(value.slice(3))}日`
  return mode === 'month' ? `${value.slice(0, 4)}年${Number(value.slice(5, 7))}月` : fullDateWords(value)
}
