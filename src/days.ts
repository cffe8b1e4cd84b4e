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
