// Database and storage round trips per file action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { filesContracts } from '../../../../cloudfunctions/lib/features/files/contract'

export const filesRoundTrips: { [A in keyof typeof filesContracts]: number } = {
  'file.prepare': 5,
  'file.prepareForCommunity': 5,
  'file.check': 6,
}
