// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { PushEntry } from '../push/docs'

/** An in-app message (消息); written in the transaction of the change it tells about. */
export interface MessageDoc {
  _id: string
  to: string
  title: string
  body: string
  bookingId?: string
  at: Date
  read: boolean
  /** The WeChat subscribe message that goes with it: the message is its own outbox entry, written in the same write. */
  push?: PushEntry
}
