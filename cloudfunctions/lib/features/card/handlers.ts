// The card actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { cardContracts } from './contract'
import { getCard, listCardEntries, listCommunityCards, recordCardMoney } from './card'
import { adjustCard, decideAdjustment, listAdjustments } from './adjust'
import { cardStatement } from './statement'
import { getCardPolicy, saveCardPolicy } from './policy'

export const cardHandlers: Handlers<keyof typeof cardContracts> = {
  'card.get': getCard,
  'card.entries': listCardEntries,
  'card.list': listCommunityCards,
  'card.record': recordCardMoney,
  'card.adjust': adjustCard,
  'card.adjustments': listAdjustments,
  'card.decide': decideAdjustment,
  'card.statement': cardStatement,
  'cardPolicy.get': getCardPolicy,
  'cardPolicy.save': saveCardPolicy,
}
