// Family binding: a family member asks, the cadre or staff decides, either side can end it.
import { AppError, type LinkView, type ParsedInput } from '../contracts'
import { C, type BindingCodeDoc, type CadreDoc, type FamilyLinkDoc, type UserDoc } from '../db/collections'
import { _, db } from '../db/cloud'
import { findById, findMany, insert, isDuplicateKey, updateWhere } from '../db/access'
import { canEndLink, canManageLink } from '../domain/access'
import { DEFAULT_PERMISSIONS, afterFailure, matchesCadre, normaliseName, triesLeft } from '../domain/binding'
import { shanghaiDay } from '../domain/time'
import type { ActionContext } from './context'
import { linkView } from './views'
import { audit } from './audit'

type RequestInput = ParsedInput<'binding.request'>

export async function requestBinding(ctx: ActionContext, input: RequestInput): Promise<LinkView> {
  const viaCode = 'code' in input
  const { cadre, code } = viaCode ? await cadreByCode(input.code, ctx) : { cadre: await cadreByNameAndPhone(ctx, input), code: null }
  if (ctx.caller.cadreId === cadre._id) throw new AppError('BINDING_SELF')

  const existing = (await findMany<FamilyLinkDoc>(C.familyLinks, { familyOpenid: ctx.openid, cadreId: cadre._id }))[0]
  if (existing && (existing.status === 'active' || existing.status === 'pending')) throw new AppError('BINDING_EXISTS')

  const status = viaCode ? 'active' : 'pending'
  const link: Omit<FamilyLinkDoc, '_id'> = {
    familyOpenid: ctx.openid,
    familyName: input.requesterName,
    cadreId: cadre._id,
    communityId: cadre.communityId,
    relation: input.relation,
    via: viaCode ? 'code' : 'phone',
    status,
    permissions: DEFAULT_PERMISSIONS,
    requestedAt: ctx.now,
    ...(viaCode ? { decidedBy: code?.issuedBy, decidedAt: ctx.now } : {}),
  }
  let linkId: string
  try {
    if (existing) {
      // A rejected or ended link is asked for again: the same record goes back to the start.
      const changed = await updateWhere(
        C.familyLinks,
        { _id: existing._id, status: existing.status },
        { ...link, endedBy: _.remove(), endedAt: _.remove() },
      )
      if (changed === 0) throw new AppError('BINDING_EXISTS')
      linkId = existing._id
    } else {
      linkId = await insert(C.familyLinks, link)
    }
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('BINDING_EXISTS')
    throw e
  }
  await Promise.all([
    ensureFamilyUser(ctx, input.requesterName, status === 'active'),
    code ? updateWhere(C.bindingCodes, { _id: code._id }, { usedBy: ctx.openid, usedAt: ctx.now }) : null,
  ])
  return linkView({ ...link, _id: linkId }, cadre.name)
}

async function cadreByCode(codeId: string, ctx: ActionContext) {
  const code = await findById<BindingCodeDoc>(C.bindingCodes, codeId)
  if (!code || code.purpose !== 'family' || code.usedBy || new Date(code.expiresAt) < ctx.now) throw new AppError('CODE_INVALID')
  const cadre = await findById<CadreDoc>(C.cadres, code.cadreId)
  if (!cadre) throw new AppError('CODE_INVALID')
  return { cadre, code }
}

async function cadreByNameAndPhone(ctx: ActionContext, input: { cadreName: string; phoneLast4: string }) {
  const today = shanghaiDay(ctx.now)
  if (triesLeft(ctx.user?.bindFailures, today) === 0) throw new AppError('BINDING_TOO_MANY_TRIES')
  const candidates = await findMany<CadreDoc>(C.cadres, { name: normaliseName(input.cadreName) })
  const matches = candidates.filter((c) => matchesCadre(c, input.cadreName, input.phoneLast4))
  if (matches.length === 1) return matches[0]
  const failures = afterFailure(ctx.user?.bindFailures, today)
  if (ctx.user)
    await db
      .collection(C.users)
      .doc(ctx.openid)
      .update({ data: { bindFailures: failures } })
  else await db.collection(C.users).add({ data: { _id: ctx.openid, name: '', roles: [], bindFailures: failures, createdAt: ctx.now } })
  // Two cadres with the same name and last digits cannot be told apart: staff must issue a code.
  throw new AppError('BINDING_NO_MATCH')
}

/** The requester gets a users record now; the family role once a link is active. */
async function ensureFamilyUser(ctx: ActionContext, name: string, active: boolean) {
  if (!ctx.user) {
    const user: Omit<UserDoc, '_id'> = { name, roles: active ? ['family'] : [], createdAt: ctx.now }
    await db.collection(C.users).add({ data: { _id: ctx.openid, ...user } })
    return
  }
  const change: Record<string, unknown> = {}
  if (!ctx.user.name) change.name = name
  if (active && !ctx.user.roles.includes('family')) change.roles = _.addToSet('family')
  if (Object.keys(change).length) await db.collection(C.users).doc(ctx.openid).update({ data: change })
}

async function loadLink(linkId: string, allowed: (link: FamilyLinkDoc) => boolean) {
  const link = await findById<FamilyLinkDoc>(C.familyLinks, linkId)
  if (!link) throw new AppError('NOT_FOUND', '没有找到这条绑定')
  if (!allowed(link)) throw new AppError('FORBIDDEN')
  return link
}

async function cadreName(cadreId: string) {
  return (await findById<CadreDoc>(C.cadres, cadreId))?.name ?? ''
}

export async function decideBinding(ctx: ActionContext, input: ParsedInput<'binding.decide'>): Promise<LinkView> {
  const link = await loadLink(input.linkId, (l) => canManageLink(ctx.caller, l))
  if (link.status !== 'pending') throw new AppError('ALREADY_DECIDED')
  const change = {
    status: input.approve ? ('active' as const) : ('rejected' as const),
    permissions: input.permissions ?? link.permissions,
    decidedBy: ctx.openid,
    decidedAt: ctx.now,
  }
  // Guarded on `pending`, so two deciders racing cannot both win.
  if ((await updateWhere(C.familyLinks, { _id: link._id, status: 'pending' }, change)) === 0) throw new AppError('ALREADY_DECIDED')
  await Promise.all([
    input.approve
      ? db
          .collection(C.users)
          .doc(link.familyOpenid)
          .update({ data: { roles: _.addToSet('family') } })
      : null,
    audit(ctx, input.approve ? 'binding.approve' : 'binding.reject', link._id),
  ])
  return linkView({ ...link, ...change }, await cadreName(link.cadreId))
}

export async function setLinkPermissions(ctx: ActionContext, input: ParsedInput<'binding.setPermissions'>): Promise<LinkView> {
  const link = await loadLink(input.linkId, (l) => canManageLink(ctx.caller, l))
  if (link.status !== 'active') throw new AppError('ALREADY_DECIDED', '只有已生效的绑定可以修改权限')
  await updateWhere(C.familyLinks, { _id: link._id, status: 'active' }, { permissions: input.permissions })
  await audit(ctx, 'binding.permissions', link._id, { ...input.permissions })
  return linkView({ ...link, permissions: input.permissions }, await cadreName(link.cadreId))
}

export async function endBinding(ctx: ActionContext, input: ParsedInput<'binding.end'>): Promise<LinkView> {
  const link = await loadLink(input.linkId, (l) => canEndLink(ctx.caller, l))
  if (link.status === 'ended' || link.status === 'rejected') throw new AppError('ALREADY_DECIDED', '这条绑定已经解除了')
  const change = { status: 'ended' as const, endedBy: ctx.openid, endedAt: ctx.now }
  if ((await updateWhere(C.familyLinks, { _id: link._id, status: link.status }, change)) === 0) throw new AppError('ALREADY_DECIDED')
  await audit(ctx, 'binding.end', link._id)
  return linkView({ ...link, ...change }, await cadreName(link.cadreId))
}
