// Database round trips per sos action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { sosContracts } from '../../../../cloudfunctions/lib/features/sos/contract'

export const sosRoundTrips: { [A in keyof typeof sosContracts]: number } = {
  'sos.raise': 16,
  'sos.status': 5,
  'sos.console': 10,
  'sos.acknowledge': 13,
  'sos.note': 6,
  'sos.close': 6,
  'sos.falseAlarm': 14,
}
