// Family binding: a family member asks, the cadre or staff decides, either side can end it. Every change
// that touches more than one document (link, the family member's record, the code, the audit entry) is
// one transaction, so a failure half-way leaves nothing behind.
import { AppError, type LinkView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { BindingCodeDoc, CadreDoc, FamilyLinkDoc, UserDoc } from './docs'

import { runTransaction } from '../../db/transaction'
import { findAll, isDuplicateKey, newId, readInTx } from '../../db/access'
import type { Transaction } from '../../db/types'
import { DEFAULT_PERMISSIONS, matchesCadre, normaliseName } from './rules'
import { codeProblem, giveBackGuess, reserveGuess, withCodeTry, wrongTry } from './guesses'
import type { ActionContext } from '../../core/context'
import { linkView } from './views'
import { audit } from '../../core/audit'

type RequestInput = ParsedInput<'binding.request'>

export async function requestBinding(ctx: ActionContext, input: RequestInput): Promise<LinkView> {
  try {
    return 'code' in input ? await withCodeTry(ctx, input.code, () => requestWithCode(ctx, input)) : await requestWithPhone(ctx, input)
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('BINDING_EXISTS')
    throw e
  }
}

function newLink(
  ctx: ActionContext,
  input: RequestInput,
  cadre: CadreDoc,
  via: 'phone' | 'code',
  decidedBy?: string,
): Omit<FamilyLinkDoc, '_id'> {
  return {
    familyOpenid: ctx.openid,
    familyName: input.requesterName,
    ...(input.requesterPhone ? { familyPhone: input.requesterPhone } : {}),
    ...(input.requesterPhone && ctx.user?.verifiedPhone?.phone === input.requesterPhone ? { familyPhoneVerified: true as const } : {}),
    cadreId: cadre._id,
    cadreName: cadre.name,
    communityId: cadre.communityId,
    relation: input.relation,
    via,
    status: decidedBy ? 'active' : 'pending',
    permissions: DEFAULT_PERMISSIONS,
    requestedAt: ctx.now,
    ...(decidedBy ? { decidedBy, decidedAt: ctx.now } : {}),
  }
}

/** An earlier link between the two that was rejected or ended is reused; a live one is an error. */
async function previousLink(ctx: ActionContext, cadre: CadreDoc) {
  if (ctx.caller.cadreId === cadre._id) throw new AppError('BINDING_SELF')
  const existing = (await findAll<FamilyLinkDoc>(C.familyLinks, { familyOpenid: ctx.openid, cadreId: cadre._id }))[0]
  if (existing && (existing.status === 'active' || existing.status === 'pending')) throw new AppError('BINDING_EXISTS')
  return existing
}

async function saveLink(tx: Transaction, link: Omit<FamilyLinkDoc, '_id'>, previous: FamilyLinkDoc | undefined): Promise<string> {
  if (!previous) {
    const id = newId()
    await tx.collection(C.familyLinks).add({ data: { _id: id, ...link } })
    return id
  }
  const fresh = await readInTx<FamilyLinkDoc>(tx, C.familyLinks, previous._id)
  if (!fresh || fresh.status !== previous.status) throw new AppError('BINDING_EXISTS')
  await tx.collection(C.familyLinks).doc(previous._id).set({ data: link })
  return previous._id
}

/** A staff-issued code vouches for the family member: the link is active at once and the code is used up. */
async function requestWithCode(ctx: ActionContext, input: RequestInput & { code: string }): Promise<LinkView> {
  return runTransaction(async (tx) => {
    const code = await readInTx<BindingCodeDoc>(tx, C.bindingCodes, input.code)
    const problem = codeProblem(code, 'family', ctx.now)
    if (problem || !code) throw problem ?? new AppError('CODE_INVALID')
    const cadre = await readInTx<CadreDoc>(tx, C.cadres, code.cadreId)
    if (!cadre) throw new AppError('CODE_INVALID')
    const link = newLink(ctx, input, cadre, 'code', code.issuedBy)
    const id = await saveLink(tx, link, await previousLink(ctx, cadre))
    await tx
      .collection(C.bindingCodes)
      .doc(code._id)
      .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
    await grantFamily(tx, ctx.openid, input.requesterName, cadre._id, ctx.now)
    return linkView({ ...link, _id: id })
  })
}

/** Name and phone digits only identify the cadre: the link waits for the cadre or staff to approve. */
async function requestWithPhone(ctx: ActionContext, input: RequestInput & { cadreName: string; phoneLast4: string }): Promise<LinkView> {
  const cadre = await cadreByNameAndPhone(ctx, input)
  const previous = await previousLink(ctx, cadre)
  const link = newLink(ctx, input, cadre, 'phone')
  const id = await runTransaction(async (tx) => {
    const id = await saveLink(tx, link, previous)
    await grantFamily(tx, ctx.openid, input.requesterName, null, ctx.now)
    return id
  })
  return linkView({ ...link, _id: id })
}

async function cadreByNameAndPhone(ctx: ActionContext, input: { cadreName: string; phoneLast4: string }) {
  await reserveGuess(ctx, 'phone')
  const candidates = await findAll<CadreDoc>(C.cadres, { name: normaliseName(input.cadreName) })
  const matches = candidates.filter((c) => matchesCadre(c, input.cadreName, input.phoneLast4))
  if (matches.length === 1) {
    await giveBackGuess(ctx, 'phone')
    return matches[0]
  }
  // Two cadres with the same name and last digits cannot be told apart: staff must issue a code.
  throw await wrongTry(ctx, 'phone', new AppError('BINDING_NO_MATCH'))
}

/**
 * The family member's record: created on their first request, given the family role (and the cadre among those
 * they care for) once a link is active.
 */
async function grantFamily(tx: Transaction, openid: string, name: string, cadreId: string | null, now: Date) {
  const user = await readInTx<UserDoc>(tx, C.users, openid)
  if (!user) {
    await tx
      .collection(C.users)
      .doc(openid)
      .set({ data: { name, roles: cadreId ? ['family'] : [], ...(cadreId ? { caresFor: [cadreId] } : {}), createdAt: now } })
    return
  }
  const change: Record<string, unknown> = {}
  if (!user.name) change.name = name
  if (cadreId && !user.roles.includes('family')) change.roles = [...user.roles, 'family']
  if (cadreId && !user.caresFor?.includes(cadreId)) change.caresFor = [...(user.caresFor ?? []), cadreId]
  if (Object.keys(change).length) await tx.collection(C.users).doc(openid).update({ data: change })
}

/** Changes a link in one transaction (the router has admitted the caller): read, check its state, write, audit. */
async function changeLink(
  ctx: ActionContext,
  linkId: string,
  change: (link: FamilyLinkDoc) => Partial<FamilyLinkDoc>,
  auditAs: (link: FamilyLinkDoc) => string,
  also?: (tx: Transaction, link: FamilyLinkDoc) => Promise<void>,
): Promise<LinkView> {
  return runTransaction(async (tx) => {
    const link = await readInTx<FamilyLinkDoc>(tx, C.familyLinks, linkId)
    if (!link) throw new AppError('NOT_FOUND', '没有找到这条绑定')
    const next = change(link)
    await tx.collection(C.familyLinks).doc(link._id).update({ data: next })
    await also?.(tx, link)
    await audit(tx, ctx, auditAs(link), link._id, next.permissions ? { ...next.permissions } : undefined)
    return linkView({ ...link, ...next })
  })
}

export async function decideBinding(ctx: ActionContext, input: ParsedInput<'binding.decide'>): Promise<LinkView> {
  return changeLink(
    ctx,
    input.linkId,
    (l) => {
      if (l.status !== 'pending') throw new AppError('ALREADY_DECIDED')
      return {
        status: input.approve ? 'active' : 'rejected',
        permissions: input.permissions ?? l.permissions,
        decidedBy: ctx.openid,
        decidedAt: ctx.now,
      }
    },
    () => (input.approve ? 'binding.approve' : 'binding.reject'),
    (tx, l) => (input.approve ? grantFamily(tx, l.familyOpenid, l.familyName, l.cadreId, ctx.now) : Promise.resolve()),
  )
}

export async function setLinkPermissions(ctx: ActionContext, input: ParsedInput<'binding.setPermissions'>): Promise<LinkView> {
  return changeLink(
    ctx,
    input.linkId,
    (l) => {
      if (l.status !== 'active') throw new AppError('ALREADY_DECIDED', '只有已生效的绑定可以修改权限')
      return { permissions: input.permissions }
    },
    () => 'binding.permissions',
  )
}

export async function endBinding(ctx: ActionContext, input: ParsedInput<'binding.end'>): Promise<LinkView> {
  return changeLink(
    ctx,
    input.linkId,
    (l) => {
      if (l.status === 'ended' || l.status === 'rejected') throw new AppError('ALREADY_DECIDED', '这条绑定已经解除了')
      return { status: 'ended', endedBy: ctx.openid, endedAt: ctx.now }
    },
    () => 'binding.end',
  )
}
