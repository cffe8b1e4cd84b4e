// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { PushKind, PushState } from './rules'

export interface PushEntry {
  kind: PushKind
  state: PushState
  /** The template's fields, filled when the message was written. */
  data: Record<string, { value: string }>
  /** The mini-program page a tap on the WeChat message opens. */
  page: string
  tries: number
  claimedAt?: Date
  sentAt?: Date
  /** The consent it used. */
  consentId?: string
  error?: string
}

/** One 允许 tap on a WeChat subscribe request: one message of that kind may be sent to the person. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  kind: PushKind
  templateId: string
  /** Where the person was asked: after booking, after signing up, after binding, or from 我的. */
  moment: string
  state: 'open' | 'used'
  grantedAt: Date
  /** The message it was used for. */
  usedFor?: string
  usedAt?: Date
}
