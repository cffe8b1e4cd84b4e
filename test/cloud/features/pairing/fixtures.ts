// A valid input for each pairing action, made fresh for each call (the gates call every action as every caller).
import type { pairingContracts } from '../../../../cloudfunctions/lib/features/pairing/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, VOLUNTEER } from '../../../support/arrange'

export const pairingFixtures: { [A in keyof typeof pairingContracts]: Fixture<A> } = {
  'pairing.list': async () => ({ input: {} }),
  'pairing.save': async () => ({ input: { cadreId: TARGET_CADRE, volunteerId: VOLUNTEER, active: true } }),
  'pairing.mine': async () => ({ input: {}, as: { provider: VOLUNTEER } }),
  'pairing.log': async () => ({
    input: { pairId: `${VOLUNTEER}:${TARGET_CADRE}`, kind: '联系', note: '电话问候' },
    as: { provider: VOLUNTEER },
  }),
}
