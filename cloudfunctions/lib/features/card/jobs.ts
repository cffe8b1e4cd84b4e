// The daily card work: this year's allowance on every card, with last year's unused part written off where the
// policy says so (idempotent, so a missed or repeated run is safe)
// and the reconciliation that proves every account equals the sum of its entries — reporting, never fixing.
import { C } from '../../db/collections'
import type { CadreDoc, CommunityDoc, UserDoc } from '../people/docs'
import type { CardAccountDoc, CardPolicyDoc, LedgerEntryDoc } from './docs'
import type { JobStateDoc } from '../../core/docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findAll, findById, findMany, readInTx } from '../../db/access'
import { DEFAULT_CARD_POLICY, ledgerKey, sumEntries, unusedAllowance, yuanWords } from './rules'
import { shanghaiDay } from '../../core/time.rules'
import { systemContext } from '../../core/context'
import { post } from './card'
import { message, tell } from '../messages/messages'
import { LIVING } from '../roster/living'

const PAGE = 100

/**
 * Issues the year's allowance to every cadre who has not had it, once their community's issue day has come; where
 * the community's policy says unused allowance expires, last year's unused part is written off in the same
 * transaction. Cadres carry the last year they were issued (indexed), so a run reads only those still owed: after
 * the first run of a year that is nobody, or the few registered since — the work grows with them, not the roster.
 */
export async function issueAllowances(now: Date, deadline = Infinity): Promise<number> {
  const today = shanghaiDay(now)
  const year = yearOf(now)
  const [communities, stored] = await Promise.all([
    findAll<CommunityDoc>(C.communities, {}),
    findAll<CardPolicyDoc>(C.policies, { topic: 'card' }),
  ])
  const policies = new Map(communities.map((c) => [c._id, stored.find((p) => p.communityId === c._id)?.value ?? DEFAULT_CARD_POLICY]))
  const due = communities.filter((c) => today.slice(5) >= policies.get(c._id)!.issueOn).map((c) => c._id)
  if (due.length === 0) return 0
  let issued = 0
  for (;;) {
    const owed = await findMany<CadreDoc>(
      C.cadres,
      _.and([{ communityId: _.in(due), ...LIVING }, _.or([{ cardIssuedYear: _.lt(year) }, { cardIssuedYear: _.exists(false) }])]),
      { limit: PAGE },
    )
    for (const c of owed) {
      const policy = policies.get(c.communityId)!
      const lastYear = policy.yearEnd === 'expire' ? c.cardIssuedYear : undefined
      const lastYearEntries = lastYear ? await findAll<LedgerEntryDoc>(C.ledgerEntries, { cadreId: c._id }) : []
      await runTransaction(async (tx) => {
        const system = systemContext(now)
        const common = { cadreId: c._id, communityId: c.communityId }
        if (lastYear) {
          const account = await readInTx<CardAccountDoc>(tx, C.cardAccounts, c._id)
          const unused = account ? unusedAllowance(lastYearEntries, lastYear, yearOf, account) : 0
          if (unused > 0)
            await post(tx, system, {
              ...common,
              key: ledgerKey.expire(c._id, lastYear),
              kind: 'expire',
              amountFen: unused,
              what: `${lastYear} 年度服务金未用完部分`,
            })
        }
        const amountFen = policy.allowanceFen[c.category][c.rank]
        await post(tx, system, { ...common, key: ledgerKey.issue(c._id, year), kind: 'issue', amountFen, what: `${year} 年度服务金` })
        await tx
          .collection(C.cadres)
          .doc(c._id)
          .update({ data: { cardIssuedYear: year } })
      })
      issued++
    }
    // A new year owes every card: past the deadline the rest is left to the next run (each issue is keyed, so
    // nobody is paid twice and nobody is skipped).
    if (owed.length < PAGE || Date.now() >= deadline) return issued
  }
}

const yearOf = (at: Date) => Number(shanghaiDay(at).slice(0, 4))

export interface Reconciliation {
  /** Accounts checked in this run. */
  checked: number
  mismatches: number
  /** This run reached the last account: every account has been checked since the pass began. */
  passComplete: boolean
  /** Daily runs the last complete pass took (all accounts are checked within that many days). */
  lastPassRuns?: number
}

const RECONCILE = 'cardReconcile'

/**
 * Recomputes accounts from their entries, a page at a time from where the last run stopped, until `deadline` (at
 * least one page a run), so a city's accounts are all checked within a few days and the run still ends in time.
 * Each mismatch found is told to every admin; an account is checked once a pass, so it is reported once a pass.
 * Nothing is changed.
 */
export async function reconcileCards(now: Date, deadline = Infinity): Promise<Reconciliation> {
  const state = await findById<JobStateDoc>(C.jobState, RECONCILE)
  let after = state?.after ?? ''
  const runs = (state?.runs ?? 0) + 1
  const mismatches: string[] = []
  let checked = 0
  let passComplete = false
  do {
    const accounts = await findMany<CardAccountDoc>(C.cardAccounts, { _id: _.gt(after) }, { orderBy: ['_id', 'asc'], limit: PAGE })
    const entries = await entriesOf(accounts.map((a) => a._id))
    for (const a of accounts) {
      const sums = sumEntries(entries.filter((e) => e.cadreId === a._id))
      if (sums.balanceFen !== a.balanceFen || sums.heldFen !== a.heldFen)
        mismatches.push(
          `${a._id}：账上余额 ${yuanWords(a.balanceFen)}、冻结 ${yuanWords(a.heldFen)}，明细合计余额 ${yuanWords(sums.balanceFen)}、冻结 ${yuanWords(sums.heldFen)}`,
        )
    }
    checked += accounts.length
    passComplete = accounts.length < PAGE
    after = passComplete ? '' : accounts[accounts.length - 1]._id
  } while (!passComplete && Date.now() < deadline)
  const next: Omit<JobStateDoc, '_id'> = passComplete
    ? { after: '', runs: 0, lastPassRuns: runs, at: now }
    : { after, runs, ...(state?.lastPassRuns ? { lastPassRuns: state.lastPassRuns } : {}), at: now }
  await db.collection(C.jobState).doc(RECONCILE).set({ data: next })
  if (mismatches.length) {
    const admins = await findAll<UserDoc>(C.users, { roles: 'admin' })
    const title = `服务卡对账不符 ${mismatches.length} 户`
    await tell(admins.map((a) => message(a._id, title, mismatches.slice(0, 20).join('\n'), now)))
  }
  const lastPassRuns = passComplete ? runs : state?.lastPassRuns
  return { checked, mismatches: mismatches.length, passComplete, ...(lastPassRuns ? { lastPassRuns } : {}) }
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
