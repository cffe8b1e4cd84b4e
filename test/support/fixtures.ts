// A valid input for every action, made fresh for each call (an allowed call may use it up), about the
// target cadre where the action is about a cadre. A new action without a fixture fails the gates.
import type { ActionInput, ActionName } from '../../cloudfunctions/lib/contracts'
import type { LocalCloud } from './localcloud'
import { CALLERS, TARGET_CADRE, freshOpenid, type CallerKind } from './callers'

export interface Prepared<A extends ActionName = ActionName> {
  input: ActionInput<A>
  /** Callers that are particular to this input, e.g. the owner of the link it names. */
  as?: Partial<Record<CallerKind, string>>
}

type Fixture<A extends ActionName> = (cloud: LocalCloud) => Promise<Prepared<A>>

const STAFF = CALLERS.staffSame

async function familyCode(cloud: LocalCloud, cadreId: string) {
  return (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId, purpose: 'family' })).code
}

/** A new cadre with no phone, so that anything done to it touches no one else. */
async function newCadre(cloud: LocalCloud) {
  return cloud.ok(STAFF, 'cadre.register', REGISTER_INPUT)
}

const REGISTER_INPUT: ActionInput<'cadre.register'> = {
  name: '测试老人',
  gender: '女',
  birthDate: '1940-03-08',
  celebrates: 'solar',
  rank: '一般',
  category: '退休',
  address: '桃园街 99 号 1 幢 101 室',
  livesAlone: false,
  partyMember: true,
}

/** An active link to the target cadre owned by a new family member. */
async function activeLink(cloud: LocalCloud) {
  const owner = freshOpenid('family')
  const link = await cloud.ok(owner, 'binding.request', {
    requesterName: '林晓',
    relation: '子女',
    code: await familyCode(cloud, TARGET_CADRE),
  })
  return { owner, link }
}

export const FIXTURES: { [A in ActionName]: Fixture<A> } = {
  'home.get': async () => ({ input: {} }),
  'me.get': async () => ({ input: {} }),
  'me.update': async () => ({ input: { elderMode: true } }),
  'me.claimCadre': async (cloud) => {
    const cadre = await newCadre(cloud)
    return { input: { code: (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })).code } }
  },
  'binding.request': async (cloud) => ({
    input: { requesterName: '林晓', relation: '子女', code: await familyCode(cloud, (await newCadre(cloud)).id) },
  }),
  'binding.decide': async (cloud) => {
    const link = await cloud.ok(freshOpenid('family'), 'binding.request', {
      requesterName: '林晓',
      relation: '子女',
      cadreName: '王建国',
      phoneLast4: '1234',
    })
    return { input: { linkId: link.id, approve: true } }
  },
  'binding.setPermissions': async (cloud) => {
    const { link } = await activeLink(cloud)
    return { input: { linkId: link.id, permissions: { book: true, health: true, sos: true } } }
  },
  'binding.end': async (cloud) => {
    const { owner, link } = await activeLink(cloud)
    return { input: { linkId: link.id }, as: { familyPermitted: owner } }
  },
  'cadre.register': async () => ({ input: REGISTER_INPUT }),
  'cadre.list': async () => ({ input: { keyword: '王' } }),
  'cadre.get': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'bindingCode.issue': async () => ({ input: { cadreId: TARGET_CADRE, purpose: 'family' } }),
}

export const prepare = (cloud: LocalCloud, action: ActionName) => FIXTURES[action](cloud) as Promise<Prepared>
