// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { CardPolicy, EntryKind } from './rules'

/** A cadre's service card (`_id` is the cadre's id): a cache of the sums of its ledger entries. */
export interface CardAccountDoc {
  _id: string
  cadreId: string
  communityId: string
  balanceFen: number
  heldFen: number
  updatedAt: Date
}

/** One immutable change of a card; `_id` is its idempotency key (e.g. `hold:<booking>`). */
export interface LedgerEntryDoc {
  _id: string
  cadreId: string
  communityId: string
  kind: EntryKind
  amountFen: number
  /** What it was for, in words: "上门理发", "2026 年度服务金", "收据 A123". */
  what: string
  bookingId?: string
  receiptNo?: string
  reason?: string
  by: string
  byName: string
  at: Date
}

/** An adjustment a staff member asked for; above the policy threshold it waits for a second staff member. */
export interface CardAdjustmentDoc {
  _id: string
  cadreId: string
  cadreName: string
  communityId: string
  amountFen: number
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  requestedBy: string
  requestedByName: string
  requestedAt: Date
  decidedBy?: string
  decidedByName?: string
  decidedAt?: Date
}

export interface CardPolicyDoc {
  _id: string
  communityId: string
  topic: 'card'
  value: CardPolicy
  updatedBy: string
  updatedAt: Date
}
