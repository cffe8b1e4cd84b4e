// A valid input for each people action, made fresh for each call (the gates call every action as every caller).
import type { peopleContracts } from '../../../../cloudfunctions/lib/features/people/contract'
import { TARGET_CADRE, freshOpenid } from '../../../support/callers'
import { type Fixture, STAFF, familyCode, phoneCode, newCadre, REGISTER_INPUT, activeLink, inviteCode } from '../../../support/arrange'

export const peopleFixtures: { [A in keyof typeof peopleContracts]: Fixture<A> } = {
  'home.get': async () => ({ input: {} }),
  'me.get': async () => ({ input: {} }),
  'me.update': async () => ({ input: { elderMode: true } }),
  'me.claimCadre': async (cloud) => {
    const cadre = await newCadre(cloud)
    return { input: { code: (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })).code } }
  },
  'me.acceptInvite': async (cloud) => ({
    input: { code: await inviteCode(cloud, { purpose: 'staff', name: '周敏', communityId: 'c-taoyuan' }) },
  }),
  'me.phoneFromWeChat': async (cloud) => ({ input: { code: await phoneCode(cloud, '13600005555') } }),
  'binding.request': async (cloud) => ({
    input: { requesterName: '林晓', relation: '子女', code: await familyCode(cloud, (await newCadre(cloud)).id) },
  }),
  'binding.decide': async (cloud) => {
    const link = await cloud.ok(freshOpenid('family'), 'binding.request', {
      requesterName: '林晓',
      requesterPhone: '13900001111',
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
