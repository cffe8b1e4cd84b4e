// The services actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { servicesContracts } from './contract'
import { getCatalog, listDays, listSlots } from './catalog'
import {
  assignBooking,
  cancelBooking,
  checkIn,
  checkOut,
  createBooking,
  getBooking,
  listBookings,
  markNoShow,
  rateBooking,
  rejectBooking,
  rescheduleBooking,
} from './booking'
import { getDispatchBoard, getProviderTasks } from './dispatch'
import { getServiceDesk, saveProvider, updateServiceType } from './serviceDesk'

export const servicesHandlers: Handlers<keyof typeof servicesContracts> = {
  'service.catalog': getCatalog,
  'service.slots': listSlots,
  'service.days': listDays,
  'booking.create': createBooking,
  'booking.list': listBookings,
  'booking.get': getBooking,
  'booking.cancel': cancelBooking,
  'booking.reschedule': rescheduleBooking,
  'booking.rate': rateBooking,
  'booking.checkIn': checkIn,
  'booking.checkOut': checkOut,
  'booking.noShow': markNoShow,
  'booking.assign': assignBooking,
  'booking.reject': rejectBooking,
  'dispatch.board': getDispatchBoard,
  'provider.tasks': getProviderTasks,
  'serviceDesk.get': getServiceDesk,
  'serviceType.update': updateServiceType,
  'provider.save': saveProvider,
}
