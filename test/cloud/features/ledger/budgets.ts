// Database round trips per ledger action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { ledgerContracts } from '../../../../cloudfunctions/lib/features/ledger/contract'

export const ledgerRoundTrips: { [A in keyof typeof ledgerContracts]: number } = {
  'ledger.export': 20,
}
