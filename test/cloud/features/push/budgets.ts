// Database round trips per push action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { pushContracts } from '../../../../cloudfunctions/lib/features/push/contract'

export const pushRoundTrips: { [A in keyof typeof pushContracts]: number } = {
  'push.status': 3,
  'push.consent': 5,
}
