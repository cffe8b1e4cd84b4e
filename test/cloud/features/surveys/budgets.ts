// Database round trips per survey action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { surveysContracts } from '../../../../cloudfunctions/lib/features/surveys/contract'

export const surveysRoundTrips: { [A in keyof typeof surveysContracts]: number } = {
  'survey.save': 4,
  'survey.list': 5,
  'survey.get': 5,
  'survey.answer': 5,
  'survey.results': 6,
  'survey.export': 9,
}
