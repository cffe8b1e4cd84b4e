// A valid input for each reminders action, made fresh for each call (the gates call every action as every caller).
import type { remindersContracts } from '../../../../cloudfunctions/lib/features/reminders/contract'
import { type Fixture, REMINDER_POLICY_INPUT } from '../../../support/arrange'

export const remindersFixtures: { [A in keyof typeof remindersContracts]: Fixture<A> } = {
  'reminderPolicy.get': async () => ({ input: {} }),
  'reminderPolicy.save': async () => ({ input: REMINDER_POLICY_INPUT }),
}
