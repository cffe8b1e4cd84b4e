// Database round trips per care action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { careContracts } from '../../../../cloudfunctions/lib/features/care/contract'

export const careRoundTrips: { [A in keyof typeof careContracts]: number } = {
  'contactCard.get': 9,
  'care.get': 6,
  'care.save': 11,
  'care.saveHealth': 11,
  'care.consent': 11,
  'care.accessLog': 3,
  'care.export': 22,
  'care.erase': 43,
}
