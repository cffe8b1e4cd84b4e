// A valid input for each branch action, made fresh for each call (the gates call every action as every caller).
import type { branchesContracts } from '../../../../cloudfunctions/lib/features/branches/contract'
import type { LocalCloud } from '../../../support/localcloud'
import { TARGET_CADRE } from '../../../support/callers'
import { Fixture, STAFF } from '../../../support/arrange'

/** 桃园's party members, as staff see them to choose from. */
export async function partyMembers(cloud: LocalCloud): Promise<string[]> {
  return (await cloud.ok(STAFF, 'branch.list', {})).candidates.map((c) => c.id)
}

export const branchesFixtures: { [A in keyof typeof branchesContracts]: Fixture<A> } = {
  'branch.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'branch.save': async (cloud) => ({ input: { name: '桃园社区离退休第二党支部', memberIds: (await partyMembers(cloud)).slice(0, 2) } }),
  'branch.get': async () => ({ input: { branchId: 'branch-taoyuan-1' } }),
}
