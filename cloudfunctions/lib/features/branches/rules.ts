// 离岗不离党: how each member took part in each 组织生活 meeting of the branch. Pure, with the clock passed in.
import { daysBetween, shanghaiDay } from '../../core/time.rules'

export type Presence = '到会' | '送学上门' | '缺席' | '还没开'

/** A member who could not come is counted as taking part when the material was taken to them within this many days. */
export const AT_HOME_WITHIN_DAYS = 14

/**
 * Came (marked present at the meeting); or had the material taken home (a 送学上门 visit completed on the
 * meeting's day or within two weeks after); or missed it. A meeting still to come is not counted.
 */
export function presenceAt(meetingStart: Date, attended: boolean, homeStudyDays: readonly string[], now: Date): Presence {
  if (meetingStart.getTime() > now.getTime()) return '还没开'
  if (attended) return '到会'
  const day = shanghaiDay(meetingStart)
  if (homeStudyDays.some((d) => d >= day && daysBetween(day, d) <= AT_HOME_WITHIN_DAYS)) return '送学上门'
  return '缺席'
}
