// The roster actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { rosterContracts } from './contract'
import { cadreHistory, updateCadre } from './records'
import { exportRoster, importRoster, rosterTemplate } from './imports'
import { setCadreStatus } from './status'

export const rosterHandlers: Handlers<keyof typeof rosterContracts> = {
  'cadre.update': updateCadre,
  'cadre.history': cadreHistory,
  'cadre.setStatus': setCadreStatus,
  'roster.template': rosterTemplate,
  'roster.import': importRoster,
  'roster.export': exportRoster,
}
