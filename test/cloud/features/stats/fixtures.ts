// A valid input for each stats action, made fresh for each call (the gates call every action as every caller).
import type { statsContracts } from '../../../../cloudfunctions/lib/features/stats/contract'
import type { Fixture } from '../../../support/arrange'

export const statsFixtures: { [A in keyof typeof statsContracts]: Fixture<A> } = {
  'stats.overview': async () => ({ input: { figure: 'visits' } }),
  'stats.community': async () => ({ input: {} }),
  'stats.providers': async () => ({ input: {} }),
}
