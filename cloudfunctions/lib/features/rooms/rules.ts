// 六室一站: what a room reservation must be to be taken — on the half hour, inside the room's opening hours, not in
// the past and not too far ahead, and clear of every other reservation of that room that day. Pure.
import { daysAhead, toClock } from '../services/slots.rules'
import { dayAfter } from '../../core/time.rules'

/** Rooms are lent by the half hour; 一室多用 is several reservations of one room on one day. */
export const ROOM_STEP_MIN = 30
/** How far ahead a room may be reserved: a season's activities are planned about two months ahead. */
export const ROOM_HORIZON_DAYS = 60

/** A stretch of a room's day held by a reservation (minutes from midnight, end exclusive). */
export interface Span {
  reservationId: string
  start: number
  end: number
}

export interface RoomHours {
  open: number
  close: number
}

export const hoursWords = (h: RoomHours) => `${toClock(h.open)}–${toClock(h.close)}`

/** Why this time cannot be reserved, in words, or null when the room is free then. */
export function reservationProblem(
  room: RoomHours,
  want: { day: string; start: number; end: number; reservationId: string },
  taken: readonly Span[],
  now: Date,
): { code: 'ROOM_TIME_INVALID' | 'ROOM_TAKEN'; message: string } | null {
  const invalid = (message: string) => ({ code: 'ROOM_TIME_INVALID' as const, message })
  if (want.start % ROOM_STEP_MIN || want.end % ROOM_STEP_MIN) return invalid('请按整点或半点选开始和结束时间')
  if (want.end <= want.start) return invalid('结束时间要晚于开始时间')
  if (want.start < room.open || want.end > room.close) return invalid(`这间屋子开放时间是 ${hoursWords(room)}，请在这个时间里选`)
  const ahead = daysAhead(want.day, now)
  if (ahead < 0) return invalid('不能借已经过去的日子')
  if (ahead >= ROOM_HORIZON_DAYS) return invalid(`最多只能借 ${ROOM_HORIZON_DAYS} 天以内的`)
  const clash = taken.find((s) => s.reservationId !== want.reservationId && s.start < want.end && want.start < s.end)
  if (clash) return { code: 'ROOM_TAKEN', message: `${toClock(clash.start)}–${toClock(clash.end)} 已经借出去了，请换个时间` }
  return null
}

/** The seven days of the week view, from the day asked for (or today). */
export const weekFrom = (day: string) => Array.from({ length: 7 }, (_, i) => dayAfter(day, i))

/**
 * What staff's answer makes of a reservation: a request is agreed (借定) or refused; one already agreed can only be
 * cancelled; anything else was settled before (null).
 */
export function statusAfterDecision(
  status: 'pending' | 'confirmed' | 'rejected' | 'cancelled',
  approve: boolean,
): 'confirmed' | 'rejected' | 'cancelled' | null {
  if (status === 'pending') return approve ? 'confirmed' : 'rejected'
  if (status === 'confirmed' && !approve) return 'cancelled'
  return null
}
