// The `office` function's handlers: the bureau's and the community office's figures, 台帐, surveys and assessment.
import type { officeContracts } from './office.contracts'
import type { Handlers } from './core/handler'
import { statsHandlers } from './features/stats/handlers'
import { ledgerHandlers } from './features/ledger/handlers'
import { surveysHandlers } from './features/surveys/handlers'
import { assessmentHandlers } from './features/assessment/handlers'

export const officeHandlers: Handlers<keyof typeof officeContracts> = {
  ...statsHandlers,
  ...ledgerHandlers,
  ...surveysHandlers,
  ...assessmentHandlers,
}
