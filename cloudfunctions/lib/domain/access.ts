// Who may see or act for a cadre. Pure: takes the caller and the records, answers yes or no.
import type { Permissions, Role } from '../contracts'

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

export const hasRole = (caller: CallerFacts, role: Role) => caller.roles.includes(role)

export const isStaffOf = (caller: CallerFacts, communityId: string) => hasRole(caller, 'staff') && caller.communityId === communityId

export const isSelf = (caller: CallerFacts, cadreId: string) => hasRole(caller, 'cadre') && caller.cadreId === cadreId

export const activeLinkOf = (caller: CallerFacts, cadreId: string, links: readonly LinkFacts[]) =>
  links.find((l) => l.familyOpenid === caller.openid && l.cadreId === cadreId && l.status === 'active')

/** Sees the cadre's basic record: the cadre, an actively bound family member, staff of the community, an admin. */
export function canSeeCadre(caller: CallerFacts, cadre: { _id: string; communityId: string }, links: readonly LinkFacts[]) {
  return (
    isSelf(caller, cadre._id) ||
    isStaffOf(caller, cadre.communityId) ||
    hasRole(caller, 'admin') ||
    activeLinkOf(caller, cadre._id, links) !== undefined
  )
}

/** Approves, rejects or changes a family link: the cadre in person, or staff of the cadre's community. */
export function canManageLink(caller: CallerFacts, link: { cadreId: string; communityId: string }) {
  return isSelf(caller, link.cadreId) || isStaffOf(caller, link.communityId)
}

/** Ends a link: either side of it, or staff of the community. */
export function canEndLink(caller: CallerFacts, link: { cadreId: string; communityId: string; familyOpenid: string }) {
  return canManageLink(caller, link) || caller.openid === link.familyOpenid
}
