// Which start times some qualified provider can serve, and whom to send: pure, with the clock passed in.
// Times of day are minutes after Shanghai midnight; days are Shanghai calendar days 'YYYY-MM-DD'.
import { shanghaiDay } from '../../core/time.rules'

/** Slots are offered on this grid, in minutes. */
export const SLOT_STEP = 30
/** How many days ahead (today included) people may book. */
export const BOOKING_HORIZON_DAYS = 14

export interface Window {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number
  from: string
  to: string
}

export interface ProviderFacts {
  id: string
  grid?: string
  availability: Window[]
  daysOff: string[]
  /** Travel time kept free after every home visit. */
  bufferMin: number
}

/** Time a booking keeps a provider busy: from its start to its end plus the travel buffer. */
export interface Busy {
  start: number
  end: number
}

export interface Slot {
  start: number
  /** Providers free for the whole visit, in the order they would be sent. */
  providers: string[]
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000

export const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The instant of a Shanghai day and time (China keeps no summer time). */
export function shanghaiInstant(day: string, minutes: number): Date {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS + minutes * 60_000)
}

/** 1 = Monday … 7 = Sunday, of a calendar day. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1
}

/** Days from the Shanghai day of `now` to `day` (negative in the past). */
export function daysAhead(day: string, now: Date): number {
  const [y, m, d] = day.split('-').map(Number)
  const [ty, tm, td] = shanghaiDay(now).split('-').map(Number)
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86_400_000)
}

export function withinHorizon(day: string, now: Date): boolean {
  const ahead = daysAhead(day, now)
  return ahead >= 0 && ahead < BOOKING_HORIZON_DAYS
}

/** Can this provider serve [start, start + duration) on `day`, given their other visits? */
export function fits(provider: ProviderFacts, day: string, start: number, durationMin: number, busy: readonly Busy[]): boolean {
  if (provider.daysOff.includes(day)) return false
  const end = start + durationMin
  const weekday = weekdayOf(day)
  const inWindow = provider.availability.some((w) => w.weekday === weekday && toMinutes(w.from) <= start && end <= toMinutes(w.to))
  if (!inWindow) return false
  // This visit's own buffer must not run into the next visit, and it must start after the last one's buffer.
  return busy.every((b) => end + provider.bufferMin <= b.start || start >= b.end)
}

export interface SlotQuery {
  day: string
  durationMin: number
  minNoticeHours: number
  now: Date
  providers: readonly ProviderFacts[]
  busy: Readonly<Record<string, readonly Busy[]>>
  /** The cadre's grid (网格), so the nearest provider comes first. */
  grid?: string
}

/** Every start time on the grid that some provider can serve, with those providers nearest-first. */
export function openSlots(q: SlotQuery): Slot[] {
  const slots: Slot[] = []
  for (let start = 0; start + q.durationMin <= 24 * 60; start += SLOT_STEP) {
    const slot = slotAt(q, start)
    if (slot?.providers.length) slots.push(slot)
  }
  return slots
}

/**
 * One start time: null when it can never be booked (past the horizon, too soon, off the grid, outside every
 * provider's hours); otherwise the providers free then, nearest first — none when all of them are busy.
 */
export function slotAt(q: SlotQuery, start: number): Slot | null {
  if (!withinHorizon(q.day, q.now) || start % SLOT_STEP !== 0) return null
  if (shanghaiInstant(q.day, start).getTime() < q.now.getTime() + q.minNoticeHours * 3_600_000) return null
  const working = q.providers.filter((p) => fits(p, q.day, start, q.durationMin, []))
  if (working.length === 0) return null
  const free = working.filter((p) => fits(p, q.day, start, q.durationMin, q.busy[p.id] ?? []))
  return { start, providers: nearestFirst(free, q.grid, q.busy).map((p) => p.id) }
}

/** 就近: the same grid first, then the least loaded that day, then a stable order. */
export function nearestFirst<P extends { id: string; grid?: string }>(
  providers: readonly P[],
  grid: string | undefined,
  busy: Readonly<Record<string, readonly Busy[]>>,
): P[] {
  const rank = (p: P) => [p.grid && p.grid === grid ? 0 : 1, busy[p.id]?.length ?? 0] as const
  return [...providers].sort((a, b) => {
    const [ga, la] = rank(a)
    const [gb, lb] = rank(b)
    return ga - gb || la - lb || a.id.localeCompare(b.id)
  })
}

/** How a day looks to someone booking: times free, every time taken, nobody working, or too late to book today. */
export type DayState = 'open' | 'full' | 'off' | 'late'

export const DAY_STATE_WORDS: Record<DayState, string> = { open: '有空', full: '约满', off: '休息', late: '来不及' }

/** The state of `q.day`, with the times still free when it is open. */
export function dayState(q: SlotQuery): { state: DayState; slots: Slot[] } {
  const weekday = weekdayOf(q.day)
  const working = q.providers.some((p) => !p.daysOff.includes(q.day) && p.availability.some((w) => w.weekday === weekday))
  if (!working) return { state: 'off', slots: [] }
  const slots = openSlots(q)
  if (slots.length) return { state: 'open', slots }
  // Some hour of the day could be booked but for other visits: full. None could: the notice has run out.
  for (let start = 0; start + q.durationMin <= 24 * 60; start += SLOT_STEP) if (slotAt(q, start)) return { state: 'full', slots: [] }
  return { state: 'late', slots: [] }
}
