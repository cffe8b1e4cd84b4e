import type * as z from 'zod/mini'

export type Role = 'cadre' | 'family' | 'staff' | 'provider' | 'admin'
export type Permission = 'book' | 'health' | 'sos'

/** What an action's input is about, found by the router from the id the input names. */
export type Subject = 'cadre' | 'booking' | 'sosEvent' | 'link' | 'pair' | 'voice' | 'invitation'

/** The input field that names each kind of subject. */
export const SUBJECT_KEYS = {
  cadre: 'cadreId',
  booking: 'bookingId',
  sosEvent: 'eventId',
  link: 'linkId',
  pair: 'pairId',
  voice: 'voiceId',
  invitation: 'invitationId',
} as const

/**
 * Who may call an action: per role, the relation the caller must have to the thing the input is about (`about`).
 * The router finds that thing once, decides the caller's relation to it and refuses anyone the declaration does
 * not admit; actions do not check again. A caller with several roles passes by any one of them, each judged by
 * its own relation (staff elsewhere who is also family here is family here, nothing more).
 * - cadre: 'self' (the cadre the input is about) or 'any'
 * - family: 'link' (an active link to the cadre), a permission that link must grant, or 'own' (the link named)
 * - staff: 'community' (the cadre is in their community; with no subject named, their own community) or 'any'
 *   (any staff, working in their own community)
 * - provider: 'assigned' (the booking is theirs, the pair is theirs as its volunteer, or they are the cadre's
 *   responsible doctor) or 'any'
 * - anyone: any WeChat user, even one with no record yet (scope is then the caller's own data)
 */
export interface Access {
  about?: Subject
  cadre?: 'self' | 'any'
  family?: 'link' | 'own' | Permission
  staff?: 'community' | 'any'
  provider?: 'assigned' | 'any'
  admin?: 'any'
  anyone?: true
}

export interface Contract<I extends z.ZodMiniType = z.ZodMiniType, O = unknown> {
  access: Access
  summary: string
  input: I
  /**
   * The action writes in a transaction: the router begins one beside its own reads, so that beginning it costs the
   * caller no wait (an action that fails first or writes nothing ends it unused).
   */
  transaction?: true
  /** Type-only carrier of the result, so the client gets typed answers without importing zod. */
  output?: O
}

export const contract =
  <O>() =>
  <I extends z.ZodMiniType>(c: { access: Access; summary: string; input: I; transaction?: true }): Contract<I, O> =>
    c

/** The roles the router lets through to an action; `null` means every caller. */
export function admittedRoles(access: Access): Role[] | null {
  if (access.anyone) return null
  return (['cadre', 'family', 'staff', 'provider', 'admin'] as const).filter((r) => access[r] !== undefined)
}
