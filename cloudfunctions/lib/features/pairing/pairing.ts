// 结对帮扶: staff pair a volunteer with a cadre; the volunteer logs each call and visit; a pair that has gone a
// week without contact, or made fewer than three visits in thirty days, shows up as overdue (rule in
// domain/pairing). The pair keeps its last contact day and recent visit days, so a list needs no second read.
import { AppError, type ParsedInput, type PairView } from '../../contracts'
import { C } from '../../db/collections'
import type { PairDoc, PairLogDoc } from './docs'
import type { ProviderDoc } from '../services/docs'
import { _ } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findAll, findById, newId, pageOf, readInTx } from '../../db/access'
import { overdueReasons, recentVisits } from './rules'
import { shanghaiDay } from '../../core/time.rules'
import { byPinyin, dateWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'
import { aboutCadre, staffCommunity } from '../../core/scope'

function pairView(p: PairDoc, now: Date): PairView {
  const today = shanghaiDay(now)
  return {
    id: p._id,
    volunteerId: p.volunteerId,
    volunteerName: p.volunteerName,
    volunteerPhone: p.volunteerPhone,
    cadreId: p.cadreId,
    cadreName: p.cadreName,
    address: p.address,
    ...(p.cadrePhone ? { cadrePhone: p.cadrePhone } : {}),
    startedOn: p.startedOn,
    active: p.active,
    lastContactWords: p.lastContactDay ? dateWords(p.lastContactDay) : '还没有联系过',
    visitsIn30Days: recentVisits(p.visitDays, today).length,
    overdue: p.active ? overdueReasons(p, today) : [],
  }
}

/** Overdue pairs first, then by cadre. */
const views = (pairs: PairDoc[], now: Date) =>
  pairs
    .map((p) => pairView(p, now))
    .sort(
      (a, b) =>
        Number(b.overdue.length > 0) - Number(a.overdue.length > 0) || byPinyin(a.cadreName, b.cadreName) || a.id.localeCompare(b.id),
    )

const PAGE = 50

/** Overdue is worked out per pair from its visits, so the community's pairs are read whole and ordered here. */
export async function listPairs(ctx: ActionContext, input: ParsedInput<'pairing.list'>) {
  const communityId = staffCommunity(ctx)
  const [pairs, volunteers] = await Promise.all([
    findAll<PairDoc>(C.pairs, { communityId, active: true, ...(input.cadreId ? { cadreId: input.cadreId } : {}) }),
    findAll<ProviderDoc>(C.providers, { communityId, kind: '志愿者', active: true }),
  ])
  const all = views(pairs, ctx.now)
  const page = pageOf(all, input.offset, PAGE)
  return {
    pairs: page.items,
    overdue: all.filter((p) => p.overdue.length > 0).length,
    volunteers: volunteers.sort((a, b) => byPinyin(a.name, b.name)).map((v) => ({ id: v._id, name: v.name })),
    total: page.total,
    next: page.next,
  }
}

export async function savePair(ctx: ActionContext, input: ParsedInput<'pairing.save'>): Promise<PairView> {
  const { doc: cadre } = aboutCadre(ctx)
  const volunteer = await findById<ProviderDoc>(C.providers, input.volunteerId)
  if (!volunteer || volunteer.communityId !== cadre.communityId) throw new AppError('BAD_INPUT', '请从列表里选择本社区的志愿者')
  const pair: PairDoc = {
    _id: `${volunteer._id}:${cadre._id}`,
    communityId: cadre.communityId,
    volunteerId: volunteer._id,
    volunteerName: volunteer.name,
    volunteerPhone: volunteer.phone,
    cadreId: cadre._id,
    cadreName: cadre.name,
    address: cadre.address,
    ...(cadre.phone ? { cadrePhone: cadre.phone } : {}),
    startedOn: shanghaiDay(ctx.now),
    active: input.active,
    visitDays: [],
  }
  const saved = await runTransaction(async (tx) => {
    const current = await readInTx<PairDoc>(tx, C.pairs, pair._id)
    // Pairing again keeps the history; ending keeps the record.
    const next = current
      ? { ...current, active: input.active, ...(input.active && !current.active ? { startedOn: pair.startedOn } : {}) }
      : pair
    const { _id, ...data } = next
    await tx.collection(C.pairs).doc(_id).set({ data })
    await audit(tx, ctx, input.active ? 'pairing.start' : 'pairing.end', cadre._id, { volunteerId: volunteer._id })
    return next
  })
  return pairView(saved, ctx.now)
}

export async function myPairs(ctx: ActionContext) {
  return { pairs: views(await findAll<PairDoc>(C.pairs, { volunteerId: ctx.openid, active: true }), ctx.now) }
}

export async function logPairContact(ctx: ActionContext, input: ParsedInput<'pairing.log'>): Promise<PairView> {
  const today = shanghaiDay(ctx.now)
  const saved = await runTransaction(async (tx) => {
    const pair = await readInTx<PairDoc>(tx, C.pairs, input.pairId)
    // Read again in the transaction: staff may have ended the pair since the router looked.
    if (!pair || pair.volunteerId !== ctx.openid) throw new AppError('FORBIDDEN', '这不是您结对的老人')
    if (!pair.active) throw new AppError('WRONG_STATUS', '这个结对已经结束了')
    const visitDays = input.kind === '走访' ? [...recentVisits(pair.visitDays, today), today] : recentVisits(pair.visitDays, today)
    await tx
      .collection(C.pairs)
      .doc(pair._id)
      .update({ data: { lastContactDay: today, visitDays: _.set(visitDays) } })
    const log: Omit<PairLogDoc, '_id'> = { pairId: pair._id, kind: input.kind, day: today, note: input.note, by: ctx.openid, at: ctx.now }
    await tx.collection(C.pairLogs).doc(newId()).set({ data: log })
    return { ...pair, lastContactDay: today, visitDays }
  })
  return pairView(saved, ctx.now)
}
