// A valid input for each talent action, made fresh for each call (the gates call every action as every caller).
import type { talentContracts } from '../../../../cloudfunctions/lib/features/talent/contract'
import type { LocalCloud } from '../../../support/localcloud'
import { TARGET_CADRE } from '../../../support/callers'
import { Fixture, STAFF } from '../../../support/arrange'

export const invited = async (cloud: LocalCloud) =>
  (await cloud.ok(STAFF, 'talent.invite', { cadreId: TARGET_CADRE, need: '调解', detail: '3 号楼两家邻居为漏水吵架，请王老帮忙说和' })).id

export const talentFixtures: { [A in keyof typeof talentContracts]: Fixture<A> } = {
  'talent.search': async () => ({ input: {} }),
  'talent.invite': async () => ({ input: { cadreId: TARGET_CADRE, need: '宣讲', detail: '给社区青少年讲一讲当年的故事' } }),
  'talent.answer': async (cloud) => ({ input: { invitationId: await invited(cloud), accept: true } }),
  'talent.invitations': async () => ({ input: { cadreId: TARGET_CADRE } }),
}
