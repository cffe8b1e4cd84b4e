// Dates and times in the words people say them: "明天上午 9:00" rather than "2026-11-24T01:00:00Z".
import { daysAhead, weekdayOf } from './slots'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

export function dayWords(day: string, now: Date): string {
  const ahead = daysAhead(day, now)
  if (ahead === 0) return '今天'
  if (ahead === 1) return '明天'
  if (ahead === 2) return '后天'
  const [, m, d] = day.split('-').map(Number)
  return `${m}月${d}日 ${WEEKDAYS[weekdayOf(day)]}`
}

export function clockWords(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = String(minutes % 60).padStart(2, '0')
  const part = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上'
  return `${part} ${h > 12 ? h - 12 : h}:${m}`
}

export function visitWords(day: string, start: number, now: Date): string {
  return `${dayWords(day, now)} ${clockWords(start)}`
}
