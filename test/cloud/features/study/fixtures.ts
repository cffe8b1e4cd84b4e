// A valid input for each study action, made fresh for each call (the gates call every action as every caller).
import type { studyContracts } from '../../../../cloudfunctions/lib/features/study/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { Fixture } from '../../../support/arrange'

export const studyFixtures: { [A in keyof typeof studyContracts]: Fixture<A> } = {
  'material.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'material.get': async () => ({ input: { materialId: 'material-demo-fraud', cadreId: TARGET_CADRE } }),
  'material.markRead': async () => ({ input: { materialId: 'material-demo-fraud', cadreId: TARGET_CADRE } }),
  'material.manage': async () => ({ input: {} }),
  'material.save': async () => ({
    input: { title: '冬季用电安全', category: '法律', body: [{ text: '电热毯不要整夜开着。' }, { text: '出门前关掉取暖器。' }] },
  }),
}
