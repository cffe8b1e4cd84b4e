// The branch actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { branchesContracts } from './contract'
import { getBranch, listBranches, saveBranch } from './branches'

export const branchesHandlers: Handlers<keyof typeof branchesContracts> = {
  'branch.list': listBranches,
  'branch.save': saveBranch,
  'branch.get': getBranch,
}
