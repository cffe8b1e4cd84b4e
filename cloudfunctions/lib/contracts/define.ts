import type * as z from 'zod'

export type Role = 'cadre' | 'family' | 'staff' | 'provider' | 'admin'
export type Permission = 'book' | 'health' | 'sos'

/**
 * Who may call an action, by kind of caller. The router admits the roles named here; the action checks the
 * scope against the cadre the input is about. The access-matrix test holds every action to this declaration.
 * - cadre: 'self' (only about themselves) or 'any'
 * - family: 'link' (an active link to the cadre), a permission that link must grant, or 'own' (their own link)
 * - staff: 'community' (the cadre is in their community) or 'any' (any staff, working in their own community)
 * - anyone: any WeChat user, even one with no record yet (scope is then the caller's own data)
 */
export interface Access {
  cadre?: 'self' | 'any'
  family?: 'link' | 'own' | Permission
  staff?: 'community' | 'any'
  provider?: 'any'
  admin?: 'any'
  anyone?: true
}

export interface Contract<I extends z.ZodType = z.ZodType, O = unknown> {
  access: Access
  summary: string
  input: I
  /** Type-only carrier of the result, so the client gets typed answers without importing zod. */
  output?: O
}

export const contract =
  <O>() =>
  <I extends z.ZodType>(c: { access: Access; summary: string; input: I }): Contract<I, O> =>
    c

/** The roles the router lets through to an action; `null` means every caller. */
export function admittedRoles(access: Access): Role[] | null {
  if (access.anyone) return null
  return (['cadre', 'family', 'staff', 'provider', 'admin'] as const).filter((r) => access[r] !== undefined)
}
