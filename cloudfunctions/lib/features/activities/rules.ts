// Activities (就近活动) and study materials (就近学习): the rules that need no database. Seats are never given
// beyond capacity; once an activity is full, sign-ups wait in the order they came.
import { clockWords, dayWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'

export * from '../../core/categories'

export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled'

export interface ActivityFacts {
  status: 'open' | 'cancelled'
  startAt: Date
  deadlineAt: Date
}

export type SignupProblem = 'CANCELLED' | 'CLOSED'

/** Whether sign-ups (and withdrawals) are still taken: before the deadline of an activity that is on. */
export function signupProblem(a: ActivityFacts, now: Date): SignupProblem | null {
  if (a.status === 'cancelled') return 'CANCELLED'
  if (now.getTime() >= new Date(a.deadlineAt).getTime()) return 'CLOSED'
  return null
}

/** "明天 上午 9:00", or "11月26日 周四 下午 2:30", in Shanghai time. */
export function whenWords(startAt: Date, now: Date): string {
  const day = shanghaiDay(startAt)
  const minutes = Math.round((new Date(startAt).getTime() - new Date(`${day}T00:00:00+08:00`).getTime()) / 60_000)
  return `${dayWords(day, now)} ${clockWords(minutes)}`
}

/** The cadre's status in words: "已报名", "候补第3位". */
export function signupWords(status: SignupStatus | null, place?: number): string {
  if (status === 'confirmed') return '已报名'
  if (status === 'waitlisted') return `候补第${place ?? 1}位`
  return '未报名'
}
