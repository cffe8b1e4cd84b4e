// Timer entry, 08:00 Asia/Shanghai. Each job is idempotent for the Shanghai day it is given, so a repeated
// or late run is safe: the card allowance is keyed by cadre and year, reconciliation only reads and reports.
import '../lib/db/cloud'
import { now } from '../lib/clock'
import { shanghaiDay } from '../lib/domain/time'
import { issueAllowances, reconcileCards } from '../lib/actions/cardJobs'

export async function main() {
  const at = now()
  const issued = await issueAllowances(at)
  const mismatches = await reconcileCards(at)
  return {
    ok: true,
    data: { day: shanghaiDay(at), ranAt: at.toISOString(), jobs: ['card.issue', 'card.reconcile'], issued, mismatches: mismatches.length },
  }
}
