// The service card: balance and history for the cadre and family, top-ups and refunds by staff, and the
// postings that booking makes (hold, capture, release) inside its own transactions.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { BookingDoc } from '../services/docs'
import type { CadreDoc } from '../people/docs'
import type { CardAccountDoc, LedgerEntryDoc } from './docs'
import { findAll, findById, findPage, pageOf, readInTx } from '../../db/access'
import { _ } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import type { Transaction } from '../../db/types'
import { applyEntry, available, entryVerb, yuan, yuanWords } from './rules'
import { byPinyin, momentWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { refundable } from '../services/views'

const PAGE = 50

/** An entry to write: its key (the id) and what it records; who and when come from the context. */
export type Posting = Omit<LedgerEntryDoc, '_id' | 'by' | 'byName' | 'at'> & { key: string }

/**
 * Writes one entry and the account it changes, in the caller's transaction (the two writes go out together). The
 * entry's id is its key, so a second posting with the same key fails in the database instead of counting twice.
 * A caller that already read the account in this transaction passes it (null: none yet).
 */
export async function post(tx: Transaction, ctx: ActionContext, p: Posting, read?: CardAccountDoc | null): Promise<CardAccountDoc> {
  const account = (read === undefined ? await readInTx<CardAccountDoc>(tx, C.cardAccounts, p.cadreId) : read) ?? {
    _id: p.cadreId,
    cadreId: p.cadreId,
    communityId: p.communityId,
    balanceFen: 0,
    heldFen: 0,
    updatedAt: ctx.now,
  }
  const next = applyEntry(account, p.kind, p.amountFen)
  if (next === 'INSUFFICIENT')
    throw new AppError('CARD_INSUFFICIENT', `服务卡可用余额 ${yuanWords(available(account))}，不够 ${yuanWords(p.amountFen)}`)
  if (typeof next === 'string') throw new AppError('BAD_INPUT', '金额不对')
  const { key, ...fields } = p
  const entry: Omit<LedgerEntryDoc, '_id'> = { ...fields, by: ctx.openid, byName: ctx.user?.name || '系统', at: ctx.now }
  const { _id, ...rest } = { ...account, ...next, updatedAt: ctx.now }
  await Promise.all([
    tx.collection(C.cardAccounts).doc(_id).set({ data: rest }),
    tx.collection(C.ledgerEntries).add({ data: { _id: key, ...entry } }),
  ])
  return { _id, ...rest }
}

export function accountView(a: Pick<CardAccountDoc, 'balanceFen' | 'heldFen'>) {
  return {
    balanceFen: a.balanceFen,
    heldFen: a.heldFen,
    availableFen: available(a),
    available: yuan(available(a)),
    held: yuan(a.heldFen),
  }
}

/** The account of the cadre the input names; a cadre without an account yet has a card at zero. */
async function accountOf(ctx: ActionContext) {
  const { doc: cadre } = aboutCadre(ctx)
  const account = await findById<CardAccountDoc>(C.cardAccounts, cadre._id)
  return { account: account ?? { balanceFen: 0, heldFen: 0 }, communityId: cadre.communityId }
}

export async function getCard(ctx: ActionContext) {
  return accountView((await accountOf(ctx)).account)
}

export async function listCardEntries(ctx: ActionContext, input: ParsedInput<'card.entries'>) {
  const [{ account }, entries] = await Promise.all([
    accountOf(ctx),
    findPage<LedgerEntryDoc>(C.ledgerEntries, { cadreId: input.cadreId }, { orderBy: ['at', 'desc'], offset: input.offset, size: PAGE }),
  ])
  return {
    ...accountView(account),
    total: entries.total,
    next: entries.next,
    entries: entries.items.map((e) => ({
      id: e._id,
      kind: e.kind,
      amountFen: e.amountFen,
      // "上门理发 已扣 15.00 元"
      words: `${e.what} ${entryVerb(e.kind, e.amountFen)} ${yuanWords(Math.abs(e.amountFen))}`,
      atWords: momentWords(new Date(e.at)),
      byName: e.byName,
    })),
  }
}

/** Money staff received (top-up, with its receipt) or give back (refund, with a reason); once per receipt. */
export async function recordCardMoney(ctx: ActionContext, input: ParsedInput<'card.record'>) {
  const { communityId } = await accountOf(ctx)
  const key = `${input.kind}:${input.cadreId}:${input.receiptNo}`
  const account = await runTransaction(async (tx) => {
    if (await readInTx<LedgerEntryDoc>(tx, C.ledgerEntries, key)) throw new AppError('ALREADY_RECORDED')
    if (input.kind === 'refund') await takeRefund(tx, input.cadreId, input.bookingId, input.amountFen)
    return post(tx, ctx, {
      key,
      cadreId: input.cadreId,
      communityId,
      kind: input.kind,
      amountFen: input.amountFen,
      what: input.kind === 'topup' ? `收据 ${input.receiptNo}` : `单据 ${input.receiptNo}`,
      receiptNo: input.receiptNo,
      ...(input.kind === 'refund' ? { bookingId: input.bookingId } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    })
  })
  return accountView(account)
}

/** Counts a refund against the visit it gives back, in the same transaction: never more than the visit took. */
async function takeRefund(tx: Transaction, cadreId: string, bookingId: string, amountFen: number) {
  const b = await readInTx<BookingDoc>(tx, C.bookings, bookingId)
  if (!b || b.cadreId !== cadreId) throw new AppError('NOT_FOUND', '没有找到这位老人的这次服务')
  const left = refundable(b)
  if (left <= 0) throw new AppError('WRONG_STATUS', '只有已完成、扣过服务卡的服务可以退款；其他情况请用“调整余额”')
  if (amountFen > left) throw new AppError('BAD_INPUT', `这次服务最多还能退 ${yuanWords(left)}`)
  await tx
    .collection(C.bookings)
    .doc(b._id)
    .update({ data: { refundedFen: _.inc(amountFen) } })
}

/** Every card of the staff member's community, lowest available first (who may need a top-up). */
export async function listCommunityCards(ctx: ActionContext, input: ParsedInput<'card.list'>) {
  const communityId = staffCommunity(ctx)
  // Available money is balance less held, which the database cannot sort by: the whole community is read and ordered.
  const [accounts, cadres] = await Promise.all([
    findAll<CardAccountDoc>(C.cardAccounts, { communityId }),
    findAll<CadreDoc>(C.cadres, { communityId, erasedAt: _.exists(false) }),
  ])
  const byId = new Map(accounts.map((a) => [a.cadreId, a]))
  const cards = cadres
    .map((c) => ({ cadreId: c._id, name: c.name, ...accountView(byId.get(c._id) ?? { balanceFen: 0, heldFen: 0 }) }))
    .sort((a, b) => a.availableFen - b.availableFen || byPinyin(a.name, b.name) || a.cadreId.localeCompare(b.cadreId))
  const page = pageOf(cards, input.offset, PAGE)
  return { cards: page.items, total: page.total, next: page.next }
}
