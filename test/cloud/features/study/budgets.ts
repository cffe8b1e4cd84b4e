// Database round trips per study action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { studyContracts } from '../../../../cloudfunctions/lib/features/study/contract'

export const studyRoundTrips: { [A in keyof typeof studyContracts]: number } = {
  'material.list': 6,
  'material.get': 6,
  'material.markRead': 5,
  'material.manage': 6,
  'material.save': 2,
}
