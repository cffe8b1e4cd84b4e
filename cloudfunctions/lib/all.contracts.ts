// Every action's contract, whichever function serves it: for the local tools and the tests that go over them all
// (the catalog, the access matrix, the hostile-input fuzz). No function imports this.
import { apiContracts } from './api.contracts'
import { officeContracts } from './office.contracts'

export const contracts = { ...apiContracts, ...officeContracts }
