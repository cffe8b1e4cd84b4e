// Who may act on what. Pure: takes the caller, the declaration and the facts the router read, answers the
// relation by which the caller is admitted (or none).
import type { Access, Permissions, Role } from '../contracts'

export interface CallerFacts {
  openid: string
  roles: readonly Role[]
  communityId?: string
  cadreId?: string
}

export interface LinkFacts {
  familyOpenid: string
  cadreId: string
  status: string
  permissions: Permissions
}

/** The facts about the thing an input is about that decide access: whose it is, where, and who serves it. */
export interface SubjectFacts {
  cadreId: string
  communityId: string
  /** The provider a booking is assigned to, the volunteer of a pair, or a cadre's responsible doctor. */
  providerId?: string
  /** The family member a link belongs to. */
  familyOpenid?: string
}

export type Relation = Role

export const hasRole = (caller: CallerFacts, role: Role) => caller.roles.includes(role)

export const isStaffOf = (caller: CallerFacts, communityId: string) => hasRole(caller, 'staff') && caller.communityId === communityId

export const isSelf = (caller: CallerFacts, cadreId: string) => hasRole(caller, 'cadre') && caller.cadreId === cadreId

export const activeLinkOf = (caller: CallerFacts, cadreId: string, links: readonly LinkFacts[]) =>
  links.find((l) => l.familyOpenid === caller.openid && l.cadreId === cadreId && l.status === 'active')

/** The order relations are tried in: the closest first, so a cadre acting for themselves is recorded as the cadre. */
const ORDER: readonly Role[] = ['cadre', 'staff', 'family', 'provider', 'admin']

/**
 * The relation by which the declaration admits the caller to the subject (null: not admitted). Each role is judged
 * only by its own relation: a staff member of another community who is also bound as family passes as family, with
 * that link's permissions, and never as staff here. With no subject named (an optional id left out), only 'any'
 * and staff working in their own community pass.
 */
export function relationUnder(
  access: Access,
  caller: CallerFacts,
  subject: SubjectFacts | null,
  links: readonly LinkFacts[],
): Relation | null {
  if (access.anyone) return null
  for (const role of ORDER) {
    const need = access[role]
    if (need === undefined || !hasRole(caller, role)) continue
    if (need === 'any') return role
    if (admits(role, need, caller, subject, links)) return role
  }
  return null
}

function admits(role: Role, need: string, caller: CallerFacts, subject: SubjectFacts | null, links: readonly LinkFacts[]): boolean {
  switch (role) {
    case 'cadre':
      return !!subject && caller.cadreId === subject.cadreId
    case 'staff':
      return !!caller.communityId && (subject ? subject.communityId === caller.communityId : true)
    case 'family': {
      if (!subject) return false
      if (need === 'own') return subject.familyOpenid === caller.openid
      const link = activeLinkOf(caller, subject.cadreId, links)
      return !!link && (need === 'link' || link.permissions[need as keyof Permissions] === true)
    }
    case 'provider':
      return !!subject && subject.providerId === caller.openid
    default:
      return false
  }
}
