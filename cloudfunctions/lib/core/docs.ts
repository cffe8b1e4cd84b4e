// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { SweepSpec } from '../features/reminders/rules'

export interface AuditDoc {
  actor: string
  action: string
  target: string
  detail?: Record<string, unknown>
  at: Date
}

/** How far a resumable job has got (`_id` names the job), so the next run starts after it. */
export interface JobStateDoc {
  _id: string
  /** The last day finished. */
  doneThrough?: string
  /** Within a long day's work, the last cadre done. */
  after?: string
  /** A roster-wide sweep: what it is, and whether it is still to finish. */
  sweep?: SweepSpec
  pending?: boolean
  /** Card reconciliation: the runs the current pass over every account has taken, and the last full pass's. */
  runs?: number
  lastPassRuns?: number
  at: Date
}
