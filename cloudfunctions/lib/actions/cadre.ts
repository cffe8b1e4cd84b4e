// The roster: staff register cadres (with or without a phone) and look them up; bound family see theirs.
import { randomInt } from 'node:crypto'
import { AppError, type ActionOutput, type CadreDetail, type CadreSummary, type ParsedInput } from '../contracts'
import { C, type BindingCodeDoc, type CadreDoc, type CommunityDoc, type FamilyLinkDoc } from '../db/collections'
import { _, db } from '../db/cloud'
import { count, findById, findMany, isDuplicateKey, newId } from '../db/access'
import { canSeeCadre, isStaffOf } from '../domain/access'
import { CODE_VALID_DAYS, formatCode, normaliseName } from '../domain/binding'
import { addDays } from '../domain/time'
import { birthdayKey } from '../domain/occasions'
import type { ActionContext } from './context'
import { cadreSummary, communityView, linkView } from './views'
import { audit } from './audit'
import { staffCommunity } from './scope'

const PAGE = 50

export async function registerCadre(ctx: ActionContext, input: ParsedInput<'cadre.register'>): Promise<CadreSummary> {
  const communityId = staffCommunity(ctx)
  const doc: Omit<CadreDoc, '_id'> = {
    ...input,
    // A lunar birthday needs the lunar calendar, which only the daily function carries: it completes the record.
    ...(input.celebrates === 'solar' ? { birthdayKey: birthdayKey({ solar: input.birthDate }, 'solar') } : {}),
    name: normaliseName(input.name),
    communityId,
    registeredBy: ctx.openid,
    createdAt: ctx.now,
  }
  const id = newId()
  await db.runTransaction(async (tx) => {
    await tx.collection(C.cadres).add({ data: { _id: id, ...doc } })
    await audit(tx, ctx, 'cadre.register', id)
  })
  return cadreSummary({ ...doc, _id: id }, ctx.now)
}

export async function listCadres(ctx: ActionContext, input: ParsedInput<'cadre.list'>): Promise<ActionOutput<'cadre.list'>> {
  const query: Record<string, unknown> = {
    ...(ctx.caller.roles.includes('admin') ? {} : { communityId: staffCommunity(ctx) }),
    erasedAt: _.exists(false),
  }
  if (input.keyword) query.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' })
  const [cadres, total] = await Promise.all([
    findMany<CadreDoc>(C.cadres, query, { orderBy: ['name', 'asc'], skip: input.offset ?? 0, limit: PAGE }),
    count(C.cadres, query),
  ])
  return { cadres: cadres.map((c) => cadreSummary(c, ctx.now)), total }
}

export async function getCadre(ctx: ActionContext, input: ParsedInput<'cadre.get'>): Promise<CadreDetail> {
  const [cadre, links] = await Promise.all([
    findById<CadreDoc>(C.cadres, input.cadreId),
    findMany<FamilyLinkDoc>(C.familyLinks, { cadreId: input.cadreId }),
  ])
  if (!cadre) throw new AppError('NOT_FOUND', '没有找到这位老人')
  if (!canSeeCadre(ctx.caller, cadre, links)) throw new AppError('FORBIDDEN', '您没有查看这位老人信息的权限')
  const community = await findById<CommunityDoc>(C.communities, cadre.communityId)
  if (!community) throw new AppError('NOT_FOUND')
  const visible = links.filter((l) => l.status === 'active' || l.status === 'pending')
  return {
    ...cadreSummary(cadre, ctx.now),
    family: visible.map(linkView),
    community: communityView(community),
    canManage: isStaffOf(ctx.caller, cadre.communityId),
    mayRaiseSos: links.some((l) => l.familyOpenid === ctx.openid && l.status === 'active' && l.permissions.sos),
  }
}

export async function issueBindingCode(
  ctx: ActionContext,
  input: ParsedInput<'bindingCode.issue'>,
): Promise<ActionOutput<'bindingCode.issue'>> {
  const cadre = await findById<CadreDoc>(C.cadres, input.cadreId)
  if (!cadre) throw new AppError('NOT_FOUND', '没有找到这位老人')
  if (!isStaffOf(ctx.caller, cadre.communityId)) throw new AppError('FORBIDDEN', '只有老人所在社区的工作人员可以发绑定码')
  if (input.purpose === 'self' && cadre.openid) throw new AppError('ALREADY_CLAIMED')
  const expiresAt = addDays(ctx.now, CODE_VALID_DAYS)
  const code: Omit<BindingCodeDoc, '_id'> = {
    cadreId: cadre._id,
    communityId: cadre.communityId,
    purpose: input.purpose,
    issuedBy: ctx.openid,
    expiresAt,
  }
  // The code is the document id, so a collision is a duplicate key: draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = formatCode(randomInt(1_000_000) / 1_000_000)
    try {
      await db.runTransaction(async (tx) => {
        await tx.collection(C.bindingCodes).add({ data: { _id: id, ...code } })
        await audit(tx, ctx, 'bindingCode.issue', cadre._id, { purpose: input.purpose })
      })
      return { code: id, purpose: input.purpose, expiresAt: expiresAt.toISOString() }
    } catch (e) {
      if (!isDuplicateKey(e) || attempt === 4) throw e
    }
  }
  throw new AppError('INTERNAL')
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
