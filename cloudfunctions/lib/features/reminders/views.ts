// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { FestivalRule, ReminderPolicy } from './occasions.rules'

/** The reminder policy as the bureau edits it, with the festivals it may choose from. */
export interface ReminderPolicyView extends ReminderPolicy {
  isDefault: boolean
  canEdit: boolean
  updatedWords: string
  catalogue: FestivalRule[]
}
