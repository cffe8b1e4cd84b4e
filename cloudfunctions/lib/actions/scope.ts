// The cadre an action is about, checked against who is asking: the cadre in person, staff of the cadre's
// community, or family whose active link grants what the action needs.
import { AppError } from '../contracts'
import type { Permission } from '../contracts'
import { C, type CadreDoc, type FamilyLinkDoc } from '../db/collections'
import { findById, findMany } from '../db/access'
import { activeLinkOf, hasRole, isSelf, isStaffOf } from '../domain/access'
import type { ActionContext } from './context'

/** 'see' is any active link; a permission means the link must grant it. */
export type Need = 'see' | Permission

export interface Scoped {
  cadre: CadreDoc
  /** How the caller relates to the cadre, for the record of who acted for whom. */
  as: 'cadre' | 'family' | 'staff'
}

/** The community a staff member works in ('any' staff actions act only there). */
export function staffCommunity(ctx: ActionContext): string {
  if (!ctx.caller.communityId) throw new AppError('FORBIDDEN', '您的账号还没有分配社区，请联系管理员')
  return ctx.caller.communityId
}

export async function cadreInScope(ctx: ActionContext, cadreId: string, need: Need): Promise<Scoped> {
  const [cadre, links] = await Promise.all([findById<CadreDoc>(C.cadres, cadreId), familyLinksTo(ctx, cadreId)])
  if (!cadre) throw new AppError('NOT_FOUND', '没有找到这位老人')
  return { cadre, as: relationTo(ctx, cadre, links, need) }
}

/** How the caller may act for the cadre, or FORBIDDEN. */
export function relationTo(
  ctx: ActionContext,
  cadre: { _id: string; communityId: string },
  links: readonly FamilyLinkDoc[],
  need: Need,
): Scoped['as'] {
  if (isSelf(ctx.caller, cadre._id)) return 'cadre'
  if (isStaffOf(ctx.caller, cadre.communityId)) return 'staff'
  const link = activeLinkOf(ctx.caller, cadre._id, links)
  if (link && (need === 'see' || link.permissions[need])) return 'family'
  throw new AppError('FORBIDDEN', link ? '这位老人没有给您这项权限，请让老人或社区在绑定里打开' : '您没有为这位老人办理的权限')
}

/** The caller's own links to a cadre, when they are family of someone else (an empty list otherwise). */
export function familyLinksTo(ctx: ActionContext, cadreId: string): Promise<FamilyLinkDoc[]> {
  if (!hasRole(ctx.caller, 'family') || isSelf(ctx.caller, cadreId)) return Promise.resolve([])
  return findMany<FamilyLinkDoc>(C.familyLinks, { familyOpenid: ctx.openid, cadreId })
}
