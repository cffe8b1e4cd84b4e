// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { BookingStatus, Role } from '../../contracts'
import type { ServiceRule } from './rules'
import type { Busy, Window } from './slots.rules'

/** One service of a community's catalog; `_id` is `<communityId>:<key>`. */
export interface ServiceTypeDoc extends ServiceRule {
  _id: string
  communityId: string
  active: boolean
}

/** A contracted worker or volunteer; `_id` is their OPENID. `services` holds service keys. */
export interface ProviderDoc {
  _id: string
  name: string
  communityId: string
  kind: '签约服务人员' | '志愿者'
  phone: string
  services: string[]
  grid?: string
  availability: Window[]
  daysOff: string[]
  bufferMin: number
  active: boolean
}

/**
 * A provider's visits on one Shanghai day (`_id` `<providerId>:<day>`). Every booking that takes or frees the
 * provider's time writes this document in its transaction, so two bookings that would overlap conflict in the
 * database and the later one is retried against what the first wrote.
 */
export interface ProviderDayDoc {
  _id: string
  providerId: string
  day: string
  busy: (Busy & { bookingId: string })[]
}

export interface BookingHistoryEntry {
  status: BookingStatus
  by: string
  byName: string
  at: Date
  note?: string
}

export interface BookingDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  grid?: string
  serviceKey: string
  serviceName: string
  priceFen: number
  durationMin: number
  cutoffHours: number
  urgent: boolean
  day?: string
  /** Minutes after Shanghai midnight. */
  start?: number
  startAt?: Date
  /** Told the day before / 2 hours before (minutely); cleared when the time moves. */
  remindedDay?: boolean
  remindedSoon?: boolean
  providerId?: string
  providerName?: string
  providerPhone?: string
  /** `<providerId>@<startAt ISO>` while the booking holds the provider's time; unique. */
  slotKey?: string
  /** `<cadreId>#<n>`, n below MAX_OPEN_BOOKINGS, while the booking is open; unique, so racing bookings cannot pass the cap. */
  openSlot?: string
  status: BookingStatus
  bookedBy: { openid: string; name: string; role: Role }
  note?: string
  rating?: { stars: number; words?: string }
  /** Fen held on the service card for this visit, captured on completion, released otherwise. */
  heldFen?: number
  /** Fen given back on the card for this visit after it was captured (never more than heldFen). */
  refundedFen?: number
  history: BookingHistoryEntry[]
  createdAt: Date
}
