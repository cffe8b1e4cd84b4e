// The daily card work: this year's allowance on every card (idempotent, so a missed or repeated run is safe)
// and the reconciliation that proves every account equals the sum of its entries — reporting, never fixing.
import { C, type CadreDoc, type CardAccountDoc, type LedgerEntryDoc, type MessageDoc, type UserDoc } from '../db/collections'
import { _, db } from '../db/cloud'
import { findMany, newId } from '../db/access'
import { DEFAULT_CARD_POLICY, ledgerKey, sumEntries, yuan, type CardPolicy } from '../domain/ledger'
import { shanghaiDay } from '../domain/time'
import type { ActionContext } from './context'
import { post } from './card'

const PAGE = 100
const SYSTEM = (now: Date): ActionContext => ({
  openid: 'system',
  user: null,
  now,
  caller: { openid: 'system', roles: [] },
})

/**
 * Issues the year's allowance to every cadre who has not had it, once the issue day has come. Cadres carry the
 * last year they were issued (indexed), so a run reads only those still owed: after the first run of a year that
 * is nobody, or the few registered since — the work grows with them, not with the roster.
 */
export async function issueAllowances(now: Date, policy: CardPolicy = DEFAULT_CARD_POLICY): Promise<number> {
  const today = shanghaiDay(now)
  const year = Number(today.slice(0, 4))
  if (today.slice(5) < policy.issueOn) return 0
  let issued = 0
  for (;;) {
    const owed = await findMany<CadreDoc>(C.cadres, _.or([{ cardIssuedYear: _.lt(year) }, { cardIssuedYear: _.exists(false) }]), {
      limit: PAGE,
    })
    for (const c of owed) {
      await db.runTransaction(async (tx) => {
        const amountFen = policy.allowanceFen[c.category][c.rank]
        const what = `${year} 年度服务金`
        await post(tx, SYSTEM(now), {
          key: ledgerKey.issue(c._id, year),
          cadreId: c._id,
          communityId: c.communityId,
          kind: 'issue',
          amountFen,
          what,
        })
        await tx
          .collection(C.cadres)
          .doc(c._id)
          .update({ data: { cardIssuedYear: year } })
      })
      issued++
    }
    if (owed.length < PAGE) return issued
  }
}

/** Recomputes every account from its entries; each mismatch is told to every admin. Nothing is changed. */
export async function reconcileCards(now: Date): Promise<string[]> {
  const mismatches: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const accounts = await findMany<CardAccountDoc>(C.cardAccounts, {}, { orderBy: ['_id', 'asc'], skip, limit: PAGE })
    const entries = await entriesOf(accounts.map((a) => a._id))
    for (const a of accounts) {
      const sums = sumEntries(entries.filter((e) => e.cadreId === a._id))
      if (sums.balanceFen !== a.balanceFen || sums.heldFen !== a.heldFen)
        mismatches.push(
          `${a._id}：账上余额 ${yuan(a.balanceFen)} 元、冻结 ${yuan(a.heldFen)} 元，明细合计余额 ${yuan(sums.balanceFen)} 元、冻结 ${yuan(sums.heldFen)} 元`,
        )
    }
    if (accounts.length < PAGE) break
  }
  if (mismatches.length) {
    const admins = await findMany<UserDoc>(C.users, { roles: 'admin' })
    for (const admin of admins) {
      const message: MessageDoc = {
        _id: newId(),
        to: admin._id,
        title: `服务卡对账不符 ${mismatches.length} 户`,
        body: mismatches.slice(0, 20).join('\n'),
        at: now,
        read: false,
      }
      await db.collection(C.messages).add({ data: { ...message } })
    }
  }
  return mismatches
}

/** Every entry of these accounts, a thousand at a time. */
async function entriesOf(cadreIds: string[]): Promise<LedgerEntryDoc[]> {
  if (cadreIds.length === 0) return []
  const all: LedgerEntryDoc[] = []
  for (let skip = 0; ; skip += 1000) {
    const page = await findMany<LedgerEntryDoc>(
      C.ledgerEntries,
      { cadreId: _.in(cadreIds) },
      { orderBy: ['_id', 'asc'], skip, limit: 1000 },
    )
    all.push(...page)
    if (page.length < 1000) return all
  }
}
