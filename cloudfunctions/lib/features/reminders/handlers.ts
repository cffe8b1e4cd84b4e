// The reminders actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { remindersContracts } from './contract'
import { getReminderPolicy, saveReminderPolicy } from './policy'

export const remindersHandlers: Handlers<keyof typeof remindersContracts> = {
  'reminderPolicy.get': getReminderPolicy,
  'reminderPolicy.save': saveReminderPolicy,
}
