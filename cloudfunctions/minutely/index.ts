// Timer entry, every minute. Jobs here must be cheap when there is nothing to do and safe to run twice.
import { refuseUnlessTimer } from '../lib/core/timer'
import { now } from '../lib/core/clock'
import { fillWaitlists } from '../lib/features/activities/jobs'
import { escalateSos } from '../lib/features/sos/jobs'
import { remindUpcoming } from '../lib/features/reminders/upcoming'
import { deliverPushes } from '../lib/core/outbox'
import { syncCadreCopies } from '../lib/features/roster/jobs'
import { keepStatsFresh } from '../lib/features/stats/jobs'

export async function main(event: unknown) {
  const refused = refuseUnlessTimer(event)
  if (refused) return refused
  const at = now()
  // The call for help first: a slow waitlist or reminder must never delay it.
  const sosSteps = await escalateSos(at)
  const promoted = await fillWaitlists(at)
  const reminded = await remindUpcoming(at)
  const corrected = await syncCadreCopies()
  // Figures last but for the pushes: nothing waits on them, and a slow recount delays nobody's call for help.
  const counted = await keepStatsFresh(at)
  // WeChat messages last: they go out only after the messages they belong to are stored.
  const pushed = await deliverPushes(at)
  return {
    ok: true,
    data: {
      ranAt: at.toISOString(),
      jobs: ['sos.escalate', 'activity.fillWaitlists', 'reminders.upcoming', 'roster.syncCopies', 'stats.recount', 'push.deliver'],
      sosSteps,
      promoted,
      reminded,
      corrected,
      counted,
      pushed,
    },
  }
}
