// The care actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { careContracts } from './contract'
import { getCare, recordConsent, saveCare, saveHealth } from './care'
import { accessLog, erasePersonalData, exportPersonalData } from './privacy'
import { contactCard } from './contactCard'

export const careHandlers: Handlers<keyof typeof careContracts> = {
  'contactCard.get': contactCard,
  'care.get': getCare,
  'care.save': saveCare,
  'care.saveHealth': saveHealth,
  'care.consent': recordConsent,
  'care.accessLog': accessLog,
  'care.export': exportPersonalData,
  'care.erase': erasePersonalData,
}
