// Database round trips per pairing action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { pairingContracts } from '../../../../cloudfunctions/lib/features/pairing/contract'

export const pairingRoundTrips: { [A in keyof typeof pairingContracts]: number } = {
  'pairing.list': 3,
  'pairing.save': 8,
  'pairing.mine': 2,
  'pairing.log': 7,
}
