// Timer entry, 08:00 Asia/Shanghai. Each job is idempotent for the Shanghai day it is given, so a repeated
// or late run is safe: the card allowance is keyed by cadre and year, reconciliation only reads and reports,
// and reminders and visit tasks are keyed by occasion and resume from the last day finished.
import { refuseUnlessTimer } from '../lib/core/timer'
import { now } from '../lib/core/clock'
import { shanghaiDay } from '../lib/core/time.rules'
import { issueAllowances, reconcileCards } from '../lib/features/card/jobs'
import { continueSweeps, planReminders } from '../lib/features/reminders/jobs'
import { deliverPushes } from '../lib/core/outbox'
import { sweepUnusedUploads } from '../lib/features/files/jobs'
import { escalateOverdueVoices } from '../lib/features/voice/jobs'

/**
 * How far into the run each job may go (the function is stopped at 60 s; what is left is carried on by the next
 * run from where it stopped): the year's card money until CARD_ISSUE_MS (default 25 s), roster-wide sweeps until
 * REMINDER_SWEEP_MS (default 40 s), card reconciliation until RECONCILE_MS (default 50 s). 0 takes one page of each.
 */
const budgetMs = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export async function main(event: unknown) {
  const refused = refuseUnlessTimer(event)
  if (refused) return refused
  const started = Date.now()
  const at = now()
  // What must never be late comes first: the day's birthday reminders and visit tasks, then the year's card money.
  const planned = await planReminders(at)
  const issued = await issueAllowances(at, started + budgetMs('CARD_ISSUE_MS', 25_000))
  // Then the long work, each piece time-boxed and resumed by the next run.
  const reminders = await continueSweeps(at, started + budgetMs('REMINDER_SWEEP_MS', 40_000), planned)
  const reconciliation = await reconcileCards(at, started + budgetMs('RECONCILE_MS', 50_000))
  const pushed = await deliverPushes(at)
  const uploads = await sweepUnusedUploads(at)
  const overdueVoices = await escalateOverdueVoices(at)
  return {
    ok: true,
    data: {
      day: shanghaiDay(at),
      ranAt: at.toISOString(),
      jobs: ['reminders.plan', 'card.issue', 'reminders.sweeps', 'card.reconcile', 'push.deliver', 'uploads.sweep', 'voices.escalate'],
      issued,
      mismatches: reconciliation.mismatches,
      reconciliation,
      reminders,
      pushed,
      uploads,
      overdueVoices,
    },
  }
}
