// Who a thing published from above reaches: a community's own stays in the community; the bureau's (kept under the
// community id 'city') reaches every community, or only the `communityIds` it chose. Study materials and surveys.
import { _ } from '../db/cloud'

/** The bureau's publications are kept under this community id. */
export const CITY = 'city'

interface Reaching {
  communityId: string
  communityIds?: string[]
}

/** Whether a community's cadres and staff see it: their own, and the bureau's meant for every community or theirs. */
export const reaches = (m: Reaching, communityId: string) =>
  m.communityId === communityId || (m.communityId === CITY && (!m.communityIds || m.communityIds.includes(communityId)))

/** The same as a database query. */
export const reachingCommunity = (communityId: string) =>
  _.or([{ communityId }, { communityId: CITY, communityIds: _.exists(false) }, { communityId: CITY, communityIds: communityId }])
