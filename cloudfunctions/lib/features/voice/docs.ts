// The documents this feature stores. Dates are stored as Date.
import type { StoredPhoto } from '../files/tickets'
import type { VoiceKind, VoiceStatus } from './rules'

export interface VoiceReply {
  by: string
  byName: string
  /** Who answered: the community's staff, or the bureau (督办). */
  from: 'community' | 'bureau'
  text: string
  at: Date
  /** This reply finished it (办结). */
  closed?: true
}

/** A suggestion, opinion or complaint a cadre or family member sent to the community (意见建议). */
export interface VoiceDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  kind: VoiceKind
  text: string
  photos?: StoredPhoto[]
  /** A complaint about a home-service visit names it; the provider then counts it on the provider quality page. */
  bookingId?: string
  providerId?: string
  providerName?: string
  serviceName?: string
  status: VoiceStatus
  submittedBy: string
  submittedByName: string
  /** 'family' when a family member sent it for the cadre. */
  submittedAs: 'cadre' | 'family'
  submittedAt: Date
  dueAt: Date
  replies: VoiceReply[]
  /** When the bureau was told it is overdue (once). */
  escalatedAt?: Date
  /** The bureau took it over by replying. */
  takenOverByName?: string
  closedAt?: Date
  rating?: { stars: number; words?: string; at: Date }
}
