// Family binding: a family member asks, the cadre or staff decides, either side can end it. Every change
// that touches more than one document (link, the family member's record, the code, the audit entry) is
// one transaction, so a failure half-way leaves nothing behind.
import { AppError, type LinkView, type ParsedInput } from '../contracts'
import { C, type BindingCodeDoc, type CadreDoc, type FamilyLinkDoc, type UserDoc } from '../db/collections'
import { db } from '../db/cloud'
import { findById, findMany, isDuplicateKey, newId, readInTx } from '../db/access'
import type { Transaction } from '../db/types'
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

  const active = viaCode
  const link: Omit<FamilyLinkDoc, '_id'> = {
    familyOpenid: ctx.openid,
    familyName: input.requesterName,
    cadreId: cadre._id,
    communityId: cadre.communityId,
    relation: input.relation,
    via: viaCode ? 'code' : 'phone',
    status: active ? 'active' : 'pending',
    permissions: DEFAULT_PERMISSIONS,
    requestedAt: ctx.now,
    ...(code ? { decidedBy: code.issuedBy, decidedAt: ctx.now } : {}),
  }
  try {
    const linkId = await db.runTransaction(async (tx) => {
      if (code) {
        const fresh = await readInTx<BindingCodeDoc>(tx, C.bindingCodes, code._id)
        if (!fresh || fresh.usedBy) throw new AppError('CODE_INVALID')
        await tx
          .collection(C.bindingCodes)
          .doc(code._id)
          .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
      }
      let id = existing?._id
      if (existing) {
        // A rejected or ended link asked for again: the same record starts over.
        const fresh = await readInTx<FamilyLinkDoc>(tx, C.familyLinks, existing._id)
        if (!fresh || fresh.status !== existing.status) throw new AppError('BINDING_EXISTS')
        await tx.collection(C.familyLinks).doc(existing._id).set({ data: link })
      } else {
        id = newId()
        await tx.collection(C.familyLinks).add({ data: { _id: id, ...link } })
      }
      await grantFamily(tx, ctx.openid, input.requesterName, active, ctx.now)
      return id as string
    })
    return linkView({ ...link, _id: linkId }, cadre.name)
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('BINDING_EXISTS')
    throw e
  }
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

/** The family member's record: created on their first request, given the family role once a link is active. */
async function grantFamily(tx: Transaction, openid: string, name: string, active: boolean, now: Date) {
  const user = await readInTx<UserDoc>(tx, C.users, openid)
  if (!user) {
    await tx
      .collection(C.users)
      .doc(openid)
      .set({ data: { name, roles: active ? ['family'] : [], createdAt: now } })
    return
  }
  const change: Record<string, unknown> = {}
  if (!user.name) change.name = name
  if (active && !user.roles.includes('family')) change.roles = [...user.roles, 'family']
  if (Object.keys(change).length) await tx.collection(C.users).doc(openid).update({ data: change })
}

async function loadLink(linkId: string, allowed: (link: FamilyLinkDoc) => boolean) {
  const link = await findById<FamilyLinkDoc>(C.familyLinks, linkId)
  if (!link) throw new AppError('NOT_FOUND', '没有找到这条绑定')
  if (!allowed(link)) throw new AppError('FORBIDDEN')
  return link
}

/** Changes a link inside a transaction, only if it is still in the state the caller saw. */
async function changeLink(
  ctx: ActionContext,
  link: FamilyLinkDoc,
  expected: FamilyLinkDoc['status'][],
  change: Partial<FamilyLinkDoc>,
  auditAs: string,
  also?: (tx: Transaction) => Promise<void>,
): Promise<LinkView> {
  await db.runTransaction(async (tx) => {
    const fresh = await readInTx<FamilyLinkDoc>(tx, C.familyLinks, link._id)
    if (!fresh || !expected.includes(fresh.status)) throw new AppError('ALREADY_DECIDED')
    await tx.collection(C.familyLinks).doc(link._id).update({ data: change })
    await also?.(tx)
    await audit(tx, ctx, auditAs, link._id, change.permissions ? { ...change.permissions } : undefined)
  })
  const cadre = await findById<CadreDoc>(C.cadres, link.cadreId)
  return linkView({ ...link, ...change }, cadre?.name ?? '')
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
  return changeLink(ctx, link, ['pending'], change, input.approve ? 'binding.approve' : 'binding.reject', (tx) =>
    input.approve ? grantFamily(tx, link.familyOpenid, link.familyName, true, ctx.now) : Promise.resolve(),
  )
}

export async function setLinkPermissions(ctx: ActionContext, input: ParsedInput<'binding.setPermissions'>): Promise<LinkView> {
  const link = await loadLink(input.linkId, (l) => canManageLink(ctx.caller, l))
  if (link.status !== 'active') throw new AppError('ALREADY_DECIDED', '只有已生效的绑定可以修改权限')
  return changeLink(ctx, link, ['active'], { permissions: input.permissions }, 'binding.permissions')
}

export async function endBinding(ctx: ActionContext, input: ParsedInput<'binding.end'>): Promise<LinkView> {
  const link = await loadLink(input.linkId, (l) => canEndLink(ctx.caller, l))
  if (link.status === 'ended' || link.status === 'rejected') throw new AppError('ALREADY_DECIDED', '这条绑定已经解除了')
  return changeLink(ctx, link, ['pending', 'active'], { status: 'ended', endedBy: ctx.openid, endedAt: ctx.now }, 'binding.end')
}
