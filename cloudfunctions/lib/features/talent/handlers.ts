// The talent actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { talentContracts } from './contract'
import { answer, invite, listInvitations, searchTalent } from './talent'

export const talentHandlers: Handlers<keyof typeof talentContracts> = {
  'talent.search': searchTalent,
  'talent.invite': invite,
  'talent.answer': answer,
  'talent.invitations': listInvitations,
}
