// Database round trips per branch action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { branchesContracts } from '../../../../cloudfunctions/lib/features/branches/contract'

export const branchesRoundTrips: { [A in keyof typeof branchesContracts]: number } = {
  'branch.list': 7,
  'branch.save': 6,
  'branch.get': 8,
}
