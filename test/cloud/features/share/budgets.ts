// Database round trips per share action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { shareContracts } from '../../../../cloudfunctions/lib/features/share/contract'

export const shareRoundTrips: { [A in keyof typeof shareContracts]: number } = {
  'contribution.submit': 4,
  'contribution.board': 6,
  'contribution.review': 3,
  'contribution.decide': 5,
}
