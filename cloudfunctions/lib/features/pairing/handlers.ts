// The pairing actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { pairingContracts } from './contract'
import { listPairs, logPairContact, myPairs, savePair } from './pairing'

export const pairingHandlers: Handlers<keyof typeof pairingContracts> = {
  'pairing.list': listPairs,
  'pairing.save': savePair,
  'pairing.mine': myPairs,
  'pairing.log': logPairContact,
}
