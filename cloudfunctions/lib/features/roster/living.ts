// Which cadres the daily work is for: anyone on a roster who was not erased and has not died. Birthdays,
// festival and health-check tasks, family reminders and the yearly card money all read cadres through this.
import { _ } from '../../db/cloud'

export const LIVING = { erasedAt: _.exists(false), status: _.neq('deceased') }
