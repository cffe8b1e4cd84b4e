// The contracts of the `office` function's actions (values: zod schemas); see ./api.contracts.ts.
import { statsContracts } from './features/stats/contract'
import { ledgerContracts } from './features/ledger/contract'
import { surveysContracts } from './features/surveys/contract'
import { assessmentContracts } from './features/assessment/contract'

/** The actions of the `office` function (`core/functions.ts`): figures, 台帐, surveys, assessment. */
export const officeContracts = {
  ...statsContracts,
  ...ledgerContracts,
  ...surveysContracts,
  ...assessmentContracts,
}
