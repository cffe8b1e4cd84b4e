// Timer entry, 08:00 Asia/Shanghai. Each job is idempotent for the Shanghai day it is given, so a repeated
// or late run is safe: the card allowance is keyed by cadre and year, reconciliation only reads and reports,
// and reminders and visit tasks are keyed by occasion and resume from the last day finished.
import { refuseUnlessTimer } from '../lib/timer'
import { now } from '../lib/clock'
import { shanghaiDay } from '../lib/domain/time'
import { issueAllowances, reconcileCards } from '../lib/actions/cardJobs'
import { planReminders } from '../lib/actions/reminderJobs'
import { deliverPushes } from '../lib/actions/pushOutbox'

/**
 * How long into the run roster-wide sweeps may go on (the function is stopped at 60 s; what is left is carried on
 * by the next run). REMINDER_SWEEP_MS overrides it, e.g. 0 to take one page per run.
 */
const sweepBudgetMs = () => Number(process.env.REMINDER_SWEEP_MS ?? 40_000)

export async function main(event: unknown) {
  const refused = refuseUnlessTimer(event)
  if (refused) return refused
  const started = Date.now()
  const at = now()
  const issued = await issueAllowances(at)
  const mismatches = await reconcileCards(at)
  const reminders = await planReminders(at, started + sweepBudgetMs())
  const pushed = await deliverPushes(at)
  return {
    ok: true,
    data: {
      day: shanghaiDay(at),
      ranAt: at.toISOString(),
      jobs: ['card.issue', 'card.reconcile', 'reminders.plan', 'push.deliver'],
      issued,
      mismatches: mismatches.length,
      reminders,
      pushed,
    },
  }
}
