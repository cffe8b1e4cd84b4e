// The roster actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { rosterContracts } from './contract'
import { cadreHistory, updateCadre } from './records'
import { exportRoster, importRoster, rosterTemplate } from './imports'
import { setCadreStatus } from './status'
import { listGrids, saveGrid } from './grids'
import { acceptTransfer, listCommunities, listTransfers, requestTransfer } from './transfer'

export const rosterHandlers: Handlers<keyof typeof rosterContracts> = {
  'cadre.update': updateCadre,
  'cadre.history': cadreHistory,
  'cadre.setStatus': setCadreStatus,
  'cadre.transfer': requestTransfer,
  'transfer.list': listTransfers,
  'cadre.acceptTransfer': acceptTransfer,
  'community.list': listCommunities,
  'grid.list': listGrids,
  'grid.save': saveGrid,
  'roster.template': rosterTemplate,
  'roster.import': importRoster,
  'roster.export': exportRoster,
}
