// Database round trips per people action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { peopleContracts } from '../../../../cloudfunctions/lib/features/people/contract'

export const peopleRoundTrips: { [A in keyof typeof peopleContracts]: number } = {
  'home.get': 13,
  'me.get': 6,
  'me.update': 4,
  'me.claimCadre': 12,
  'me.acceptInvite': 12,
  'me.phoneFromWeChat': 3,
  'binding.request': 13,
  'binding.decide': 9,
  'binding.setPermissions': 7,
  'binding.end': 7,
  'cadre.register': 5,
  'cadre.list': 3,
  'cadre.get': 6,
  'bindingCode.issue': 6,
}
