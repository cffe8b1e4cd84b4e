// A valid input for each sos action, made fresh for each call (the gates call every action as every caller).
import type { sosContracts } from '../../../../cloudfunctions/lib/features/sos/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, openSos } from '../../../support/arrange'

export const sosFixtures: { [A in keyof typeof sosContracts]: Fixture<A> } = {
  'sos.raise': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'sos.status': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'sos.console': async () => ({ input: {} }),
  'sos.acknowledge': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id } }),
  'sos.note': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id, text: '已到老人家门口' } }),
  'sos.close': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id, outcome: '老人摔倒，已送区医院检查' } }),
  'sos.falseAlarm': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id } }),
}
