// Adjustments of a card by staff, always with a reason. Small ones are posted at once; one above the
// community's threshold waits until a second staff member approves it, so no one person can move much money.
import { AppError, type CardAdjustmentView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { CardAdjustmentDoc } from './docs'
import type { UserDoc } from '../people/docs'
import { findAll, openThenPage, readInTx } from '../../db/access'
import { _ } from '../../db/cloud'

import { runTransaction } from '../../db/transaction'
import type { Transaction } from '../../db/types'
import { ledgerKey, yuanWords } from './rules'
import { momentWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { accountView, getCard, post } from './card'
import { message, tell } from '../messages/messages'
import { cardPolicyOf } from './policy'
import { aboutCadre, staffCommunity } from '../../core/scope'

export async function adjustCard(ctx: ActionContext, input: ParsedInput<'card.adjust'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const policy = await cardPolicyOf(cadre.communityId)
  const id = `adj-${input.requestId}`
  const needsApproval = Math.abs(input.amountFen) > policy.approvalAboveFen
  const asked: CardAdjustmentDoc = {
    _id: id,
    cadreId: cadre._id,
    cadreName: cadre.name,
    communityId: cadre.communityId,
    amountFen: input.amountFen,
    reason: input.reason,
    status: needsApproval ? 'pending' : 'approved',
    requestedBy: ctx.openid,
    requestedByName: ctx.user?.name ?? '',
    requestedAt: ctx.now,
    ...(needsApproval ? {} : { decidedBy: ctx.openid, decidedByName: ctx.user?.name ?? '', decidedAt: ctx.now }),
  }
  const { adjustment, account, replayed } = await runTransaction(async (tx) => {
    // The same form sent twice finds the first adjustment and changes nothing.
    const earlier = await readInTx<CardAdjustmentDoc>(tx, C.cardAdjustments, id)
    if (earlier) {
      if (earlier.requestedBy !== ctx.openid || earlier.cadreId !== cadre._id)
        throw new AppError('BAD_INPUT', '请求编号重复了，请刷新后再试')
      return { adjustment: earlier, account: null, replayed: true }
    }
    const { _id, ...fields } = asked
    await tx.collection(C.cardAdjustments).add({ data: { _id, ...fields } })
    return { adjustment: asked, account: needsApproval ? null : await postAdjustment(tx, ctx, asked), replayed: false }
  })
  if (adjustment.status === 'pending' && !replayed) await tellOtherStaff(ctx, adjustment)
  return {
    status: adjustment.status === 'pending' ? ('pending' as const) : ('posted' as const),
    adjustment: adjustmentView(ctx, adjustment),
    card: account ? accountView(account) : await getCard(ctx),
  }
}

const PAGE = 30

/** Every waiting one first, then the decided ones a page at a time; each group newest first. */
export async function listAdjustments(ctx: ActionContext, input: ParsedInput<'card.adjustments'>) {
  const communityId = staffCommunity(ctx)
  const page = await openThenPage<CardAdjustmentDoc>(
    C.cardAdjustments,
    { communityId, status: 'pending' },
    { communityId, status: _.neq('pending') },
    { orderBy: ['requestedAt', 'desc'], offset: input.offset, size: PAGE },
  )
  const newest = (a: CardAdjustmentDoc, b: CardAdjustmentDoc) => new Date(b.requestedAt).getTime() - new Date(a.requestedAt).getTime()
  return {
    adjustments: [...page.open.sort(newest), ...page.items].map((d) => adjustmentView(ctx, d)),
    total: page.total,
    next: page.next,
  }
}

export async function decideAdjustment(ctx: ActionContext, input: ParsedInput<'card.decide'>) {
  const communityId = staffCommunity(ctx)
  const decided = await runTransaction(async (tx) => {
    const a = await readInTx<CardAdjustmentDoc>(tx, C.cardAdjustments, input.adjustmentId)
    if (!a || a.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这笔调整')
    if (a.status !== 'pending') throw new AppError('ALREADY_DECIDED', '这笔调整已经处理过了')
    if (a.requestedBy === ctx.openid) throw new AppError('FORBIDDEN', '自己申请的调整要由另一位工作人员审批')
    const decision = {
      status: input.approve ? ('approved' as const) : ('rejected' as const),
      decidedBy: ctx.openid,
      decidedByName: ctx.user?.name ?? '',
      decidedAt: ctx.now,
    }
    if (input.approve) await postAdjustment(tx, ctx, a)
    await tx.collection(C.cardAdjustments).doc(a._id).update({ data: decision })
    return { ...a, ...decision }
  })
  const approved = decided.status === 'approved'
  await tell([
    message(
      decided.requestedBy,
      `服务卡调整${approved ? '已批准' : '被退回'}`,
      `${decided.cadreName} ${amountWords(decided.amountFen)}（${decided.reason}），${decided.decidedByName}${approved ? '已批准，已记入服务卡' : '退回了'}`,
      ctx.now,
      { page: 'adjustments' },
    ),
  ])
  return adjustmentView(ctx, decided)
}

function postAdjustment(tx: Transaction, ctx: ActionContext, a: CardAdjustmentDoc) {
  return post(tx, ctx, {
    key: ledgerKey.adjust(a._id),
    cadreId: a.cadreId,
    communityId: a.communityId,
    kind: 'adjust',
    amountFen: a.amountFen,
    what: `社区调整（${a.reason}）`,
    reason: a.reason,
  })
}

async function tellOtherStaff(ctx: ActionContext, a: CardAdjustmentDoc) {
  const staff = await findAll<UserDoc>(C.users, { communityId: a.communityId, roles: 'staff' })
  const body = `${a.requestedByName}申请给 ${a.cadreName} ${amountWords(a.amountFen)}，原因：${a.reason}`
  await tell(
    staff
      .filter((s) => s._id !== ctx.openid)
      .map((s) => message(s._id, '有一笔服务卡调整等您审批', body, ctx.now, { page: 'adjustments' })),
  )
}

const amountWords = (fen: number) => `${fen > 0 ? '增加' : '减少'} ${yuanWords(Math.abs(fen))}`

function adjustmentView(ctx: ActionContext, a: CardAdjustmentDoc): CardAdjustmentView {
  return {
    id: a._id,
    cadreId: a.cadreId,
    cadreName: a.cadreName,
    amountFen: a.amountFen,
    amountWords: amountWords(a.amountFen),
    reason: a.reason,
    status: a.status,
    requestedByName: a.requestedByName,
    atWords: momentWords(new Date(a.requestedAt)),
    ...(a.decidedByName ? { decidedByName: a.decidedByName } : {}),
    canDecide: a.status === 'pending' && a.requestedBy !== ctx.openid,
  }
}
