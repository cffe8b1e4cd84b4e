// Database round trips per talent action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { talentContracts } from '../../../../cloudfunctions/lib/features/talent/contract'

export const talentRoundTrips: { [A in keyof typeof talentContracts]: number } = {
  'talent.search': 6,
  'talent.invite': 12,
  'talent.answer': 5,
  'talent.invitations': 4,
}
