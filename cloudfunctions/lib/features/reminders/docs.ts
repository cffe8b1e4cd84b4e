// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { ReminderPolicy } from './occasions.rules'

/** A community's rules for one topic (`_id` is `<community>:<topic>`); a community without one uses the defaults. */
/** The city-wide reminder policy (`_id` 'reminders'), set by the bureau. */
export interface ReminderPolicyDoc {
  _id: string
  topic: 'reminders'
  value: ReminderPolicy
  updatedBy: string
  updatedAt: Date
}
