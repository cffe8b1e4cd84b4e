// The half hours of a room's day still free, and how long one may stay from a start — so a person taps a time
// that can be had instead of typing one and being told it is taken.

const toMin = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))
export const toHhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

export const STAYS = [
  { words: '半小时', min: 30 },
  { words: '1 小时', min: 60 },
  { words: '1 个半小时', min: 90 },
  { words: '2 小时', min: 120 },
  { words: '3 小时', min: 180 },
] as const

interface Taken {
  start: string
  end: string
}

/** Every half-hour start inside opening hours that no reservation holds (and, today, not already past). */
export function freeStarts(open: string, close: string, taken: readonly Taken[], notBefore = 0): string[] {
  const starts: string[] = []
  for (let m = toMin(open); m + 30 <= toMin(close); m += 30) {
    if (m < notBefore) continue
    if (taken.some((t) => toMin(t.start) < m + 30 && m < toMin(t.end))) continue
    starts.push(toHhmm(m))
  }
  return starts
}

/** The stays that fit from `start` before closing and before the next reservation. */
export function staysFrom(start: string, close: string, taken: readonly Taken[]): (typeof STAYS)[number][] {
  const from = toMin(start)
  const next = Math.min(toMin(close), ...taken.map((t) => toMin(t.start)).filter((s) => s >= from + 30))
  return STAYS.filter((s) => from + s.min <= next)
}
