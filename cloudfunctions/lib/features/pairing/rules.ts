// 结对帮扶: a volunteer paired with a cadre keeps in touch at least weekly and visits at least three times a
// month (the cadence in the source reports). A pair falling behind shows up as overdue for staff. Pure: the
// day is passed in (Shanghai calendar days, 'YYYY-MM-DD').
import { dayAfter, daysBetween, lastDayOfMonth } from '../../core/time.rules'

export const PAIRING_RULE = { contactWithinDays: 7, visitsPer30Days: 3 } as const

export interface PairFacts {
  startedOn: string
  /** The last day of any contact (a call or a visit). */
  lastContactDay?: string
  /** Days of visits, newest last; only the last 30 days matter. */
  visitDays: string[]
}

/** The visit days that still count on `today` (the last 30 days), for storing back. */
export const recentVisits = (days: string[], today: string) => days.filter((d) => d > dayAfter(today, -30))

/** Why a pair is overdue on `today`, in words; empty when it is not. A new pair has a week, and a month, to start. */
export function overdueReasons(pair: PairFacts, today: string): string[] {
  const reasons: string[] = []
  const weekAgo = dayAfter(today, -PAIRING_RULE.contactWithinDays)
  if (pair.startedOn <= weekAgo && (!pair.lastContactDay || pair.lastContactDay <= weekAgo)) reasons.push('一周多没有联系')
  const visits = recentVisits(pair.visitDays, today).length
  if (pair.startedOn <= dayAfter(today, -30) && visits < PAIRING_RULE.visitsPer30Days) {
    reasons.push(`近 30 天只走访了 ${visits} 次（至少 ${PAIRING_RULE.visitsPer30Days} 次）`)
  }
  return reasons
}

/**
 * Whether a pair kept the cadence over a month (up to `today` in the month under way): a call or visit in every
 * stretch of seven days, and visits at the rule's rate for the days it was paired (three for a whole month). Null
 * when the pair had less than a week of that month to do it in.
 */
export function keptCadenceIn(
  month: string,
  startedOn: string,
  logs: readonly { kind: string; day: string }[],
  today: string,
): boolean | null {
  const first = `${month}-01`
  const last = lastDayOfMonth(month)
  const from = startedOn > first ? startedOn : first
  const to = today < last ? today : last
  const days = daysBetween(from, to) + 1
  if (days < PAIRING_RULE.contactWithinDays) return null
  const inside = logs.filter((l) => l.day >= from && l.day <= to)
  let previous = dayAfter(from, -1)
  for (const day of [...inside.map((l) => l.day).sort(), dayAfter(to, 1)]) {
    if (daysBetween(previous, day) > PAIRING_RULE.contactWithinDays) return false
    previous = day
  }
  const visits = inside.filter((l) => l.kind === '走访').length
  return visits >= Math.floor((PAIRING_RULE.visitsPer30Days * days) / 30)
}
