// The ledger actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { ledgerContracts } from './contract'
import { exportLedger } from './ledger'

export const ledgerHandlers: Handlers<keyof typeof ledgerContracts> = {
  'ledger.export': exportLedger,
}
