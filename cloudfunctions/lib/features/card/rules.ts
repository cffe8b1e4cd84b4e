// The service card (家政服务卡) as an immutable ledger. Every change is an entry whose id is its idempotency
// key; the account's balance and held amounts are a cache of the entries' sums, changed only together with
// the entry that explains them. Available = balance − held, and nothing ever goes below zero.

export type EntryKind = 'issue' | 'topup' | 'hold' | 'capture' | 'release' | 'refund' | 'adjust' | 'expire'

export interface Money {
  balanceFen: number
  heldFen: number
}

/** What an entry does to the account: signed changes in fen. */
export interface Effect {
  balance: number
  held: number
}

export function effectOf(kind: EntryKind, amountFen: number): Effect {
  switch (kind) {
    case 'issue':
    case 'topup':
    case 'refund':
      return { balance: amountFen, held: 0 }
    case 'adjust':
      // The one kind whose amount may be negative (a correction downwards).
      return { balance: amountFen, held: 0 }
    case 'hold':
      return { balance: 0, held: amountFen }
    case 'release':
      return { balance: 0, held: -amountFen }
    case 'capture':
      return { balance: -amountFen, held: -amountFen }
    case 'expire':
      return { balance: -amountFen, held: 0 }
  }
}

export type LedgerProblem = 'AMOUNT' | 'INSUFFICIENT' | 'NOTHING_HELD'

/** The account after an entry, or the reason it may not be written. */
export function applyEntry(account: Money, kind: EntryKind, amountFen: number): Money | LedgerProblem {
  if (!Number.isInteger(amountFen) || (kind === 'adjust' ? amountFen === 0 : amountFen <= 0)) return 'AMOUNT'
  const e = effectOf(kind, amountFen)
  const next = { balanceFen: account.balanceFen + e.balance, heldFen: account.heldFen + e.held }
  if (next.heldFen < 0) return 'NOTHING_HELD'
  if (next.balanceFen < 0 || next.balanceFen - next.heldFen < 0) return 'INSUFFICIENT'
  return next
}

/** The account as its entries say it is: what the nightly reconciliation compares the cache with. */
export function sumEntries(entries: readonly { kind: EntryKind; amountFen: number }[]): Money {
  return entries.reduce(
    (m, x) => {
      const e = effectOf(x.kind, x.amountFen)
      return { balanceFen: m.balanceFen + e.balance, heldFen: m.heldFen + e.held }
    },
    { balanceFen: 0, heldFen: 0 },
  )
}

export const available = (m: Money) => m.balanceFen - m.heldFen

/** Idempotency keys: replaying the same request finds its entry and changes nothing. */
export const ledgerKey = {
  issue: (cadreId: string, year: number) => `issue:${cadreId}:${year}`,
  hold: (bookingId: string) => `hold:${bookingId}`,
  capture: (bookingId: string) => `capture:${bookingId}`,
  release: (bookingId: string) => `release:${bookingId}`,
  expire: (cadreId: string, year: number) => `expire:${cadreId}:${year}`,
  adjust: (adjustmentId: string) => `adjust:${adjustmentId}`,
}

export interface CardPolicy {
  /** Annual allowance in fen by category and rank. */
  allowanceFen: Record<'离休' | '退休', Record<'副县级以上' | '一般', number>>
  /** Month and day (Shanghai) the allowance is issued, e.g. '01-01'. */
  issueOn: string
  /** What happens to last year's unused allowance when this year's is issued. */
  yearEnd: 'expire' | 'carry'
  /** An adjustment larger than this (either way) waits for a second staff member's approval. */
  approvalAboveFen: number
}

/** Ningbo's figures from the seeds: 300 yuan for city cadres; more for 离休 and higher ranks. */
export const DEFAULT_CARD_POLICY: CardPolicy = {
  allowanceFen: { 离休: { 副县级以上: 50000, 一般: 40000 }, 退休: { 副县级以上: 40000, 一般: 30000 } },
  issueOn: '01-01',
  yearEnd: 'carry',
  approvalAboveFen: 10000,
}

/**
 * The part of a year's allowance still unspent, which is what expires when the policy says so. Services are paid
 * from the allowance first, so money the family topped up is never what expires; nor is money held for a booking.
 */
export function unusedAllowance(
  entries: readonly { kind: EntryKind; amountFen: number; at: Date }[],
  year: number,
  yearOf: (at: Date) => number,
  account: Money,
): number {
  const inYear = entries.filter((e) => yearOf(e.at) === year)
  const total = (kind: EntryKind) => inYear.filter((e) => e.kind === kind).reduce((s, e) => s + e.amountFen, 0)
  // A refund gives back what a service took, so it counts against what was spent.
  const spent = total('capture') - total('refund')
  return Math.max(0, Math.min(total('issue') - Math.max(0, spent), available(account)))
}

/** The verb of an entry in its history line: "已扣", "发放"; an adjustment says which way it went. */
export const entryVerb = (kind: EntryKind, amountFen: number) => (kind === 'adjust' ? (amountFen > 0 ? '增加' : '减少') : ENTRY_WORDS[kind])

const ENTRY_WORDS: Record<EntryKind, string> = {
  issue: '发放',
  topup: '充值',
  hold: '预约冻结',
  capture: '已扣',
  release: '解冻退回',
  refund: '退款',
  adjust: '调整',
  expire: '年底作废',
}

export const yuan = (fen: number) => `${(fen / 100).toFixed(2)}`
/** An amount as people read it, "15.00 元", with a no-break space so the figure never parts from its unit. */
export const yuanWords = (fen: number) => `${yuan(fen)}\u00a0元`
