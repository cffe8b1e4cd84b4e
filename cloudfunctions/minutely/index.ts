// Timer entry, every minute. Jobs here must be cheap when there is nothing to do and safe to run twice.
import '../lib/db/cloud'
import { now } from '../lib/clock'
import { fillWaitlists } from '../lib/actions/activities'

export async function main() {
  const at = now()
  const promoted = await fillWaitlists(at)
  return { ok: true, data: { ranAt: at.toISOString(), jobs: ['activity.fillWaitlists'], promoted } }
}
