// The home-service catalog (三到家、四上门) and the rules of a booking's life: which step may follow which,
// who may take it, and the cut-offs after which the app sends people to the phone instead.
import type { BookingStatus } from '../../contracts'

export interface ServiceRule {
  key: string
  name: string
  blurb: string
  /** Integer fen; 0 for free services. */
  priceFen: number
  durationMin: number
  /** Hours between booking and the visit, at least. */
  minNoticeHours: number
  /** Cancel or reschedule online up to this many hours before the visit. */
  cutoffHours: number
  /** Accepted at any hour without a slot; lands in the duty staff's queue. */
  urgent: boolean
  /** Paid from the service card (家政服务卡). */
  paidByCard: boolean
}

export const DEFAULT_CATALOG: ServiceRule[] = [
  rule('cleaning', '家政保洁', '打扫卫生、整理房间', 4000, 120, 12, 6, false, true),
  rule('meals', '助餐送餐', '热饭热菜送到家', 1200, 30, 3, 2, false, true),
  rule('haircut', '上门理发', '理发师到家里来', 1500, 45, 12, 3, false, true),
  rule('repair', '家电维修/管道疏通', '急修随时受理', 0, 90, 4, 2, true, false),
  rule('errands', '代购代送', '生活用品送上门', 0, 60, 4, 2, false, false),
  rule('doctor', '上门巡诊', '责任医生到家看看', 0, 45, 24, 6, false, false),
  rule('rehab', '康复护理', '康复师上门护理', 6000, 60, 24, 6, false, true),
  rule('escort', '陪同就医', '有人陪着去医院', 0, 180, 24, 12, false, false),
  rule('chat', '陪同聊天', '志愿者上门陪伴', 0, 60, 12, 3, false, false),
  rule('study', '送学上门', '学习材料送到家', 0, 45, 24, 6, false, false),
  rule('papers', '报刊送上门', '报纸杂志送到家', 0, 30, 24, 6, false, false),
  rule('legal', '法律咨询', '律师上门解答', 0, 60, 48, 12, false, false),
]

/** What a service asks in a note before it is booked: what a meal should be, what to buy, where to clean. */
export const NOTE_QUESTIONS: Readonly<Record<string, { label: string; example: string }>> = {
  meals: { label: '午餐还是晚餐，口味有什么要求', example: '如：午餐，少盐，饭软一点' },
  cleaning: { label: '主要打扫哪里', example: '如：厨房和卫生间' },
  errands: { label: '要买什么、送什么', example: '如：一袋大米、两斤鸡蛋' },
  escort: { label: '去哪家医院、看哪个科', example: '如：市一院 心内科' },
  legal: { label: '想问什么事', example: '如：房子过户' },
}

function rule(
  key: string,
  name: string,
  blurb: string,
  priceFen: number,
  durationMin: number,
  minNoticeHours: number,
  cutoffHours: number,
  urgent: boolean,
  paidByCard: boolean,
): ServiceRule {
  return { key, name, blurb, priceFen, durationMin, minNoticeHours, cutoffHours, urgent, paidByCard }
}

/** Statuses in which a booking still holds its provider's time. */
export const HOLDING: readonly BookingStatus[] = ['assigned', 'in_service']
/** Statuses that count towards a cadre's open bookings. */
export const OPEN: readonly BookingStatus[] = ['requested', 'assigned', 'in_service']

/** What 我的预约 shows first, all of it: visits still to come and finished ones waiting for a rating. */
export const STILL_TO_ACT: readonly BookingStatus[] = [...OPEN, 'completed']

/** The order of visits to come: urgent repairs first, then the soonest visit, then the earliest asked. */
export function byVisitTime(
  a: { urgent: boolean; startAt?: Date; createdAt: Date },
  b: { urgent: boolean; startAt?: Date; createdAt: Date },
): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1
  const when = (x: { startAt?: Date }) => (x.startAt ? new Date(x.startAt).getTime() : Infinity)
  return when(a) - when(b) || new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime()
}

/** How many bookings a cadre may have open at once (policy). */
export const MAX_OPEN_BOOKINGS = 5

export type Step = 'assign' | 'checkIn' | 'checkOut' | 'rate' | 'cancel' | 'reject' | 'noShow' | 'reschedule'

const FROM: Record<Step, readonly BookingStatus[]> = {
  assign: ['requested', 'assigned'],
  checkIn: ['assigned'],
  checkOut: ['in_service'],
  rate: ['completed'],
  cancel: ['requested', 'assigned'],
  reject: ['requested', 'assigned'],
  noShow: ['assigned'],
  reschedule: ['requested', 'assigned'],
}

const TO: Partial<Record<Step, BookingStatus>> = {
  assign: 'assigned',
  checkIn: 'in_service',
  checkOut: 'completed',
  rate: 'rated',
  cancel: 'cancelled',
  reject: 'rejected',
  noShow: 'no_show',
}

/** The status a step leads to, or null when the booking's status does not allow it. */
export function nextStatus(current: BookingStatus, step: Step, urgent = false): BookingStatus | null {
  if (!FROM[step].includes(current)) return null
  if (step === 'reschedule') return urgent ? null : current
  return TO[step] ?? null
}

/** Cancelling or rescheduling online is allowed until `cutoffHours` before the visit; urgent requests any time. */
export function beforeCutoff(startAt: Date | undefined, cutoffHours: number, now: Date): boolean {
  if (!startAt) return true
  return now.getTime() <= startAt.getTime() - cutoffHours * 3_600_000
}

export const STATUS_WORDS: Record<BookingStatus, string> = {
  requested: '等待安排',
  assigned: '已安排',
  in_service: '正在服务',
  completed: '已完成，请评价',
  rated: '已评价',
  cancelled: '已取消',
  rejected: '未能安排',
  no_show: '上门未遇',
}

/** Yuan with two decimals, as people read prices: 1500 → "15.00 元", 0 → "免费". */
export function priceWords(fen: number): string {
  return fen === 0 ? '免费' : `${(fen / 100).toFixed(2)}\u00a0元`
}
