// Dates and times in the words people say them: "明天上午 9:00" rather than "2026-11-24T01:00:00Z".
import dayjs from 'dayjs'
import { daysAhead, weekdayOf } from '../features/services/slots.rules'
import { ZONE } from './time.rules'

const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** "11月26日 周四": for text that is stored, where 明天 would go stale. */
export function dateWords(day: string): string {
  const [, m, d] = day.split('-').map(Number)
  return `${m}月${d}日 ${WEEKDAYS[weekdayOf(day)]}`
}

export function dayWords(day: string, now: Date): string {
  const near = ['今天', '明天', '后天'][daysAhead(day, now)]
  return near ? `${near} ${dateWords(day)}` : dateWords(day)
}

export function clockWords(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = String(minutes % 60).padStart(2, '0')
  const part = h < 6 ? '凌晨' : h < 12 ? '上午' : h < 13 ? '中午' : h < 18 ? '下午' : '晚上'
  return `${part} ${h > 12 ? h - 12 : h}:${m}`
}

/** "明天 上午 9:30" near at hand, "11月26日 周四 上午 9:30" further off. */
export function visitWords(day: string, start: number, now: Date): string {
  const ahead = daysAhead(day, now)
  const [, m, d] = day.split('-').map(Number)
  const near = ['今天', '明天', '后天'][ahead] ?? `${m}月${d}日 ${WEEKDAYS[weekdayOf(day)]}`
  return `${near} ${clockWords(start)}`
}

/** Chinese names in the order of a printed roster: by pinyin (陈 chén before 冯 féng before 何 hé), not by code point. */
export const byPinyin = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/** How long ago, as staff say it at the desk: "刚刚", "12 分钟前", "3 小时前", then the moment itself. */
export function agoWords(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000)
  if (minutes < 1) return '刚刚'
  if (minutes < 60) return `${minutes} 分钟前`
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} 小时前`
  return momentWords(at)
}

/** A moment as "11月24日 09:35", Shanghai time. */
export function momentWords(at: Date): string {
  return dayjs(at).tz(ZONE).format('M月D日 HH:mm')
}
