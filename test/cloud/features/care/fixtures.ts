// A valid input for each care action, made fresh for each call (the gates call every action as every caller).
import type { careContracts } from '../../../../cloudfunctions/lib/features/care/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, STAFF, newCadre, DOCTOR, CARE_INPUT, HEALTH_INPUT } from '../../../support/arrange'

export const careFixtures: { [A in keyof typeof careContracts]: Fixture<A> } = {
  'contactCard.get': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'care.get': async () => ({ input: { cadreId: TARGET_CADRE }, as: { provider: DOCTOR } }),
  'care.save': async () => ({ input: CARE_INPUT }),
  'care.saveHealth': async (cloud) => {
    await cloud.ok(STAFF, 'care.consent', { cadreId: TARGET_CADRE, given: true, method: '本人书面签字' })
    return { input: HEALTH_INPUT }
  },
  'care.consent': async () => ({ input: { cadreId: TARGET_CADRE, given: true, method: '本人书面签字' } }),
  'care.accessLog': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'care.export': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'care.erase': async (cloud) => ({ input: { cadreId: (await newCadre(cloud)).id, reason: '本人书面申请删除' } }),
}
