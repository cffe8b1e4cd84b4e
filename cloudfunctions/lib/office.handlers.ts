// The `office` function's handlers: the bureau's and the community office's figures and 台帐.
import type { officeContracts } from './contracts'
import type { Handlers } from './core/handler'
import { statsHandlers } from './features/stats/handlers'
import { ledgerHandlers } from './features/ledger/handlers'

export const officeHandlers: Handlers<keyof typeof officeContracts> = {
  ...statsHandlers,
  ...ledgerHandlers,
}
