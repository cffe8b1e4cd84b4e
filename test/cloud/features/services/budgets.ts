// Database round trips per services action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { servicesContracts } from '../../../../cloudfunctions/lib/features/services/contract'

export const servicesRoundTrips: { [A in keyof typeof servicesContracts]: number } = {
  'service.catalog': 5,
  'service.slots': 6,
  'service.days': 7,
  'booking.create': 15,
  'booking.list': 7,
  'booking.get': 4,
  'booking.cancel': 12,
  'booking.reschedule': 13,
  'booking.rate': 7,
  'booking.checkIn': 6,
  'booking.checkOut': 9,
  'booking.noShow': 9,
  'booking.assign': 10,
  'booking.reject': 6,
  'dispatch.board': 6,
  'provider.tasks': 2,
  'serviceDesk.get': 3,
  'serviceType.update': 6,
  'provider.save': 6,
}
