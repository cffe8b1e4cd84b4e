// A valid input for each share action, made fresh for each call (the gates call every action as every caller).
import type { shareContracts } from '../../../../cloudfunctions/lib/features/share/contract'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { Fixture } from '../../../support/arrange'

export const shareFixtures: { [A in keyof typeof shareContracts]: Fixture<A> } = {
  'contribution.submit': async () => ({
    input: { cadreId: TARGET_CADRE, kind: 'work', type: '诗词', title: '七律·重阳', detail: '九九重阳秋意浓，桃园老友聚亭中。' },
  }),
  'contribution.board': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'contribution.review': async () => ({ input: {} }),
  'contribution.decide': async (cloud) => {
    const work = await cloud.ok(CALLERS.cadreSelf, 'contribution.submit', {
      cadreId: TARGET_CADRE,
      kind: 'skill',
      type: '义务巡逻',
      title: '晚间小区巡逻',
      detail: '每周二、四晚上七点到八点',
    })
    return { input: { contributionId: work.id, approve: true } }
  },
}
