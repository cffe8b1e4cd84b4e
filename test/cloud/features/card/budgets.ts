// Database round trips per card action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { cardContracts } from '../../../../cloudfunctions/lib/features/card/contract'

export const cardRoundTrips: { [A in keyof typeof cardContracts]: number } = {
  'card.get': 4,
  'card.entries': 6,
  'card.list': 3,
  'card.record': 9,
  'card.adjust': 10,
  'card.adjustments': 4,
  'card.decide': 9,
  'card.statement': 4,
  'cardPolicy.get': 3,
  'cardPolicy.save': 8,
}
