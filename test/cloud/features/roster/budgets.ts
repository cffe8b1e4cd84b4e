// Database round trips per roster action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { rosterContracts } from '../../../../cloudfunctions/lib/features/roster/contract'

export const rosterRoundTrips: { [A in keyof typeof rosterContracts]: number } = {
  'cadre.update': 4,
  'cadre.history': 3,
  'cadre.setStatus': 8,
  'cadre.transfer': 8,
  'transfer.list': 3,
  'cadre.acceptTransfer': 16,
  'community.list': 2,
  'grid.list': 5,
  'grid.save': 7,
  'roster.template': 4,
  'roster.import': 6,
  'roster.export': 6,
}
