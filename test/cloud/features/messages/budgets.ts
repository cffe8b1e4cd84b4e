// Database round trips per messages action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { messagesContracts } from '../../../../cloudfunctions/lib/features/messages/contract'

export const messagesRoundTrips: { [A in keyof typeof messagesContracts]: number } = {
  'message.list': 3,
  'message.read': 3,
}
