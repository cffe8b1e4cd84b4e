// Database round trips per notice action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { noticesContracts } from '../../../../cloudfunctions/lib/features/notices/contract'

export const noticesRoundTrips: { [A in keyof typeof noticesContracts]: number } = {
  'notice.publish': 8,
  'notice.list': 6,
  'notice.read': 6,
}
