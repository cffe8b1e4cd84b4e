// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { PushEntry } from '../push/docs'

export type MessageOpens =
  | { page: 'booking'; id: string }
  | { page: 'cadre'; id: string }
  | { page: 'activity'; id: string; cadreId: string }
  | { page: 'voices'; cadreId: string }
  | { page: 'rooms'; cadreId?: string }
  | { page: 'invitations'; cadreId: string }
  | { page: 'assessment'; schemeId: string; communityId?: string }
  | { page: 'tasks' | 'sosConsole' | 'adjustments' | 'home' | 'pairing' | 'voiceDesk' | 'notices' | 'talent' }

/** An in-app message (消息); written in the transaction of the change it tells about. */
export interface MessageDoc {
  _id: string
  to: string
  title: string
  body: string
  /** The page the message opens on (the client's route of that name): the booking, the task list, the call. */
  opens?: MessageOpens
  at: Date
  read: boolean
  /** The WeChat subscribe message that goes with it: the message is its own outbox entry, written in the same write. */
  push?: PushEntry
}
