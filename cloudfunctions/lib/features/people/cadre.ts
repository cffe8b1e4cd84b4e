// The roster: staff register cadres (with or without a phone) and look them up; bound family see theirs.
import { randomInt } from 'node:crypto'
import { AppError, type ActionOutput, type CadreAction, type CadreDetail, type CadreSummary, type ParsedInput } from '../../contracts'
import { apiContracts } from '../../api.contracts'
import { admittedTo } from '../../core/subject'
import { relationUnder } from '../../core/access.rules'
import { C } from '../../db/collections'
import type { BindingCodeDoc, CadreDoc, CommunityDoc, FamilyLinkDoc } from './docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findAll, findById, isDuplicateKey, newId, pageOf } from '../../db/access'
import { CODE_DIGITS, CODE_VALID_DAYS, MAX_CODE_FAILURES, codePrefix, formatCode, normaliseName } from './rules'
import { byPinyin, dayWords } from '../../core/words.rules'
import { addDays, shanghaiDay } from '../../core/time.rules'
import { birthdayKey } from '../reminders/occasions.rules'
import type { ActionContext } from '../../core/context'
import { cadreSummary, communityView, linkView } from './views'
import { audit } from '../../core/audit'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { cadreRecord } from '../roster/records'
import { matchesFilters } from '../roster/filters.rules'
import { EDITABLE_BY } from '../roster/rules'
import { historyEntry } from '../roster/history'

const PAGE = 50
const CADRE_ACTIONS: readonly CadreAction[] = [
  'service.catalog',
  'booking.list',
  'card.entries',
  'card.record',
  'visit.report',
  'care.get',
  'contactCard.get',
  'voice.submit',
]

export async function registerCadre(ctx: ActionContext, input: ParsedInput<'cadre.register'>): Promise<CadreSummary> {
  const communityId = staffCommunity(ctx)
  const doc: Omit<CadreDoc, '_id'> = {
    ...input,
    // A lunar birthday the elder told is kept as told; otherwise it needs the lunar calendar, which only the daily
    // function carries: it completes the record from the solar date.
    ...(input.celebrates === 'solar' ? { birthdayKey: birthdayKey({ solar: input.birthDate }, 'solar') } : {}),
    ...(input.lunarBirth ? { birthdayKey: birthdayKey({ solar: input.birthDate, lunar: input.lunarBirth }, 'lunar') } : {}),
    name: normaliseName(input.name),
    communityId,
    registeredBy: ctx.openid,
    createdAt: ctx.now,
    history: [historyEntry(ctx, '登记')],
  }
  const id = newId()
  await runTransaction(async (tx) => {
    await tx.collection(C.cadres).add({ data: { _id: id, ...doc } })
    await audit(tx, ctx, 'cadre.register', id)
  })
  return cadreSummary({ ...doc, _id: id }, ctx.now)
}

export async function listCadres(ctx: ActionContext, input: ParsedInput<'cadre.list'>): Promise<ActionOutput<'cadre.list'>> {
  const bureau = ctx.caller.roles.includes('admin')
  const communityId = bureau ? input.communityId : staffCommunity(ctx)
  const query: Record<string, unknown> = { ...(communityId ? { communityId } : {}), erasedAt: _.exists(false) }
  if (input.keyword) query.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' })
  const { keyword: _k, communityId: _c, offset: _o, ...filters } = input
  // In pinyin order (陈, 冯, 何, 刘), which the database cannot sort by: a community's roster is read whole.
  const all = (await findAll<CadreDoc>(C.cadres, query))
    .filter((c) => matchesFilters(c, filters, ctx.now))
    .sort((a, b) => byPinyin(a.name, b.name) || a._id.localeCompare(b._id))
  const page = pageOf(all, input.offset, PAGE)
  return {
    cadres: page.items.map((c) => cadreSummary(c, ctx.now)),
    // The bureau reads every roster but registers no one: the page offers 登记 only to whom the declaration admits.
    mayRegister: relationUnder(apiContracts['cadre.register'].access, ctx.caller, null, []) !== null,
    total: page.total,
    next: page.next,
  }
}

export async function getCadre(ctx: ActionContext, input: ParsedInput<'cadre.get'>): Promise<CadreDetail> {
  const { doc: cadre, as } = aboutCadre(ctx)
  const [links, community, codes] = await Promise.all([
    findAll<FamilyLinkDoc>(C.familyLinks, { cadreId: input.cadreId }),
    findById<CommunityDoc>(C.communities, cadre.communityId),
    as === 'staff'
      ? findAll<BindingCodeDoc>(C.bindingCodes, { cadreId: cadre._id, usedBy: _.exists(false), expiresAt: _.gt(ctx.now) })
      : null,
  ])
  if (!community) throw new AppError('NOT_FOUND')
  const visible = links.filter((l) => l.status === 'active' || l.status === 'pending')
  return {
    ...cadreSummary(cadre, ctx.now),
    family: visible.map(linkView),
    community: communityView(community),
    canManage: as === 'staff',
    ...(codes ? { openCodes: codes.map((c) => openCodeView(c, ctx.now)) } : {}),
    ...((as === 'staff' || as === 'family') && cadre.phone ? { phone: cadre.phone } : {}),
    may: ctx.subject ? admittedTo(CADRE_ACTIONS, (name) => apiContracts[name].access, ctx.caller, ctx.subject, ctx.link) : [],
    // The whole record for those who may correct some of it (cadre.update), with its revision.
    ...(ctx.subject && admittedTo(['cadre.update'], (name) => apiContracts[name].access, ctx.caller, ctx.subject, ctx.link).length
      ? { record: cadreRecord(cadre), editable: EDITABLE_BY[as as keyof typeof EDITABLE_BY] }
      : {}),
    mayRaiseSos: links.some((l) => l.familyOpenid === ctx.openid && l.status === 'active' && l.permissions.sos),
  }
}

export async function issueBindingCode(
  ctx: ActionContext,
  input: ParsedInput<'bindingCode.issue'>,
): Promise<ActionOutput<'bindingCode.issue'>> {
  const { doc: cadre } = aboutCadre(ctx)
  if (input.purpose === 'self' && cadre.openid) throw new AppError('ALREADY_CLAIMED')
  const expiresAt = addDays(ctx.now, CODE_VALID_DAYS)
  const code: Omit<BindingCodeDoc, '_id' | 'prefix'> = {
    cadreId: cadre._id,
    communityId: cadre.communityId,
    purpose: input.purpose,
    issuedBy: ctx.openid,
    expiresAt,
  }
  // The code is the document id, so a collision is a duplicate key: draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = formatCode(randomInt(10 ** CODE_DIGITS) / 10 ** CODE_DIGITS)
    try {
      await runTransaction(async (tx) => {
        await tx.collection(C.bindingCodes).add({ data: { _id: id, ...code, prefix: codePrefix(id) } })
        await audit(tx, ctx, 'bindingCode.issue', cadre._id, { purpose: input.purpose })
      })
      return { code: id, purpose: input.purpose, expiresAt: expiresAt.toISOString() }
    } catch (e) {
      if (!isDuplicateKey(e) || attempt === 4) throw e
    }
  }
  throw new AppError('INTERNAL')
}

/** A code staff gave out, masked (staff read the whole code out only when they issue it). */
function openCodeView(c: BindingCodeDoc, now: Date) {
  const locked = (c.failures ?? 0) >= MAX_CODE_FAILURES
  const whose = c.purpose === 'self' ? '老人本人' : '家属'
  const until = dayWords(shanghaiDay(new Date(c.expiresAt)), now)
  return {
    purpose: c.purpose,
    locked,
    words: `${whose}绑定码 ${c.prefix} ****，${locked ? '被试错太多次，已锁定，请重新发一个' : `${until}前有效`}`,
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
