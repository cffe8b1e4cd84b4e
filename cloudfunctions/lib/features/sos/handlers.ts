// The sos actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { sosContracts } from './contract'
import { acknowledgeSos, closeSos, noteSos, raiseSos, sosConsole, sosStatus, standDownSos } from './sos'

export const sosHandlers: Handlers<keyof typeof sosContracts> = {
  'sos.raise': raiseSos,
  'sos.status': sosStatus,
  'sos.console': sosConsole,
  'sos.acknowledge': acknowledgeSos,
  'sos.note': noteSos,
  'sos.close': closeSos,
  'sos.falseAlarm': standDownSos,
}
