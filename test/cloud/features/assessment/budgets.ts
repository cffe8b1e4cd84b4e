// Database round trips per assessment action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { assessmentContracts } from '../../../../cloudfunctions/lib/features/assessment/contract'

export const assessmentRoundTrips: { [A in keyof typeof assessmentContracts]: number } = {
  'assessment.schemes': 4,
  'assessment.saveScheme': 4,
  'assessment.get': 5,
  'assessment.self': 6,
  'assessment.submit': 8,
  'assessment.review': 9,
  'assessment.fix': 6,
  'assessment.results': 6,
  'assessment.export': 7,
}
