// What the minutely timer runs for activities.
import { C } from '../../db/collections'
import { type ActivityDoc } from './docs'
import { _ } from '../../db/cloud'
import { findAll } from '../../db/access'
import { systemContext } from '../../core/context'
import { fillFreeSeats } from './signup'

/**
 * The minutely sweep: any coming activity with a free seat while someone waits gets the seat filled (a seat
 * given back at the moment someone joined the waitlist, or a cancelled booking of staff time).
 */
export async function fillWaitlists(now: Date): Promise<number> {
  const coming = await findAll<ActivityDoc>(C.activities, { status: 'open', startAt: _.gt(now) })
  let filled = 0
  for (const a of coming.filter((x) => x.confirmed < x.capacity)) filled += await fillFreeSeats(systemContext(now), a)
  return filled
}
