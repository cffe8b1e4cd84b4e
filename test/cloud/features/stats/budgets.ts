// Database round trips per stats action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { statsContracts } from '../../../../cloudfunctions/lib/features/stats/contract'

export const statsRoundTrips: { [A in keyof typeof statsContracts]: number } = {
  'stats.overview': 2,
  'stats.community': 4,
  'stats.providers': 4,
}
