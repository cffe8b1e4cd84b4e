// Rules of family binding: how a request is matched to a cadre, what a new link may do, how often one may try.
import type { Permissions } from '../contracts'

/** Guessing name + last four digits is cheap, so failed attempts are capped per person per day. */
export const MAX_BIND_FAILURES_PER_DAY = 5
export const CODE_VALID_DAYS = 7

/** A new link may book and receive SOS alerts; health data needs the cadre's or staff's explicit grant. */
export const DEFAULT_PERMISSIONS: Permissions = { book: true, health: false, sos: true }

export function normaliseName(name: string): string {
  return name.replace(/\s+/g, '')
}

export function matchesCadre(cadre: { name: string; phone?: string }, name: string, last4: string): boolean {
  return normaliseName(cadre.name) === normaliseName(name) && !!cadre.phone && cadre.phone.slice(-4) === last4
}

export interface FailureCounter {
  day: string
  count: number
}

export function triesLeft(counter: FailureCounter | undefined, today: string): number {
  const used = counter && counter.day === today ? counter.count : 0
  return Math.max(MAX_BIND_FAILURES_PER_DAY - used, 0)
}

export function afterFailure(counter: FailureCounter | undefined, today: string): FailureCounter {
  return { day: today, count: (counter && counter.day === today ? counter.count : 0) + 1 }
}

/** Six digits from a random source the caller supplies, so the rule stays testable. */
export function formatCode(random: number): string {
  return String(Math.floor(random * 1_000_000)).padStart(6, '0')
}
