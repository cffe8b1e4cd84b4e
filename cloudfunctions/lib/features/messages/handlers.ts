// The messages actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { messagesContracts } from './contract'
import { listMessages, markRead } from './messages'

export const messagesHandlers: Handlers<keyof typeof messagesContracts> = {
  'message.list': listMessages,
  'message.read': markRead,
}
