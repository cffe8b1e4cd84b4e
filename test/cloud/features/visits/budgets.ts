// Database round trips per visits action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { visitsContracts } from '../../../../cloudfunctions/lib/features/visits/contract'

export const visitsRoundTrips: { [A in keyof typeof visitsContracts]: number } = {
  'visit.report': 12,
  'task.handOver': 5,
  'task.list': 6,
  'visit.record': 8,
  'visit.list': 4,
}
