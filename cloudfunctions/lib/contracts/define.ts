import type * as z from 'zod'

/** Who may call an action. `anyone` is any WeChat user, registered or not; scope is checked in the action. */
export type Role = 'cadre' | 'family' | 'staff' | 'provider' | 'admin'
export type Audience = Role | 'anyone'

export interface Contract<I extends z.ZodType = z.ZodType, O = unknown> {
  roles: readonly Audience[]
  summary: string
  input: I
  /** Type-only carrier of the result, so the client gets typed answers without importing zod. */
  output?: O
}

export const contract =
  <O>() =>
  <I extends z.ZodType>(c: { roles: readonly Audience[]; summary: string; input: I }): Contract<I, O> =>
    c
