// Rules of family binding: how a request is matched to a cadre, what a new link may do, how often one may try.
import type { Permissions } from '../../contracts'
import type { InviteCodeDoc } from './docs'

/** Guessing is cheap, so failed tries (a code, or name + last four digits) are capped per person per day. */
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

/** Wrong codes that start like an outstanding code before that code is locked (staff issue a new one). */
export const MAX_CODE_FAILURES = 5

/** Codes are eight digits (10⁸ values): with five tries a day per person, guessing one is hopeless. */
export const CODE_DIGITS = 8

/** Eight digits from a random number in [0, 1) the caller supplies, so the rule stays testable. */
export function formatCode(random: number): string {
  return String(Math.floor(random * 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0')
}

/** The part of a code a wrong guess is counted against. */
export const codePrefix = (code: string) => code.slice(0, 4)

/** "1234 5678": how staff read a code out and a person types it. */
export const codeWords = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`

/** An invite from the deploy's bootstrap step waits this long for the person to open the mini-program. */
export const INVITE_VALID_DAYS = 14

/** The invite code document for a staff member of a community, or a member of the bureau. */
export function newInvite(
  code: string,
  who: { purpose: 'staff' | 'admin'; name: string; communityId?: string },
  issuedBy: string,
  now: Date,
): Omit<InviteCodeDoc, '_id'> & { _id: string } {
  return {
    _id: code,
    ...who,
    issuedBy,
    expiresAt: new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000),
    prefix: codePrefix(code),
  }
}
