// Database round trips per reminders action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { remindersContracts } from '../../../../cloudfunctions/lib/features/reminders/contract'

export const remindersRoundTrips: { [A in keyof typeof remindersContracts]: number } = {
  'reminderPolicy.get': 3,
  'reminderPolicy.save': 6,
}
