// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { Tier } from './rules'

/**
 * A call for help (一键通). Written before anyone is told; `tier` is who must be told now and `notifiedTier` who
 * has been, so a failed notice shows as `notifiedTier < tier` and the minutely sweep retries it.
 */
export interface SosEventDoc {
  _id: string
  cadreId: string
  cadreName: string
  communityId: string
  address: string
  /** The cadre's grid at the press: its keeper is told first among the staff. */
  grid?: string
  raisedBy: string
  raisedByName: string
  at: Date
  status: 'open' | 'acknowledged' | 'closed'
  tiers: Tier[]
  tier: number
  notifiedTier: number
  tierSince: Date
  /** Every step in order, in words, for responders and for the record. */
  steps: { at: Date; words: string }[]
  acknowledgedBy?: string
  acknowledgedByName?: string
  acknowledgedAsStaff?: boolean
  acknowledgedAt?: Date
  outcome?: string
  closedAt?: Date
}
