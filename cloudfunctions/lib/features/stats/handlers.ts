// The stats actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { statsContracts } from './contract'
import { cityStats, communityStats, providerQuality } from './stats'

export const statsHandlers: Handlers<keyof typeof statsContracts> = {
  'stats.overview': cityStats,
  'stats.community': communityStats,
  'stats.providers': providerQuality,
}
