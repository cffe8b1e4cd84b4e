// The people actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { peopleContracts } from './contract'
import { claimCadre, getHome, getMe, updateMe } from './me'
import { acceptInvite } from './invite'
import { decideBinding, endBinding, requestBinding, setLinkPermissions } from './binding'
import { getCadre, issueBindingCode, listCadres, registerCadre } from './cadre'
import { phoneFromWeChat } from './phone'

export const peopleHandlers: Handlers<keyof typeof peopleContracts> = {
  'home.get': getHome,
  'me.get': getMe,
  'me.update': updateMe,
  'me.claimCadre': claimCadre,
  'me.acceptInvite': acceptInvite,
  'me.phoneFromWeChat': phoneFromWeChat,
  'binding.request': requestBinding,
  'binding.decide': decideBinding,
  'binding.setPermissions': setLinkPermissions,
  'binding.end': endBinding,
  'cadre.register': registerCadre,
  'cadre.list': listCadres,
  'cadre.get': getCadre,
  'bindingCode.issue': issueBindingCode,
}
