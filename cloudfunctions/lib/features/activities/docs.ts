// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { ActivityCategory, SignupStatus } from './rules'
import type { StoredPhoto } from '../files/tickets'

/**
 * An activity a community publishes. `confirmed` counts the seats taken and only ever grows through a
 * conditional increment that fails at capacity, so no race can give more seats than there are.
 */
export interface ActivityDoc {
  _id: string
  communityId: string
  title: string
  category: ActivityCategory
  /** A 组织生活 meeting's party branch. */
  branchId?: string
  description: string
  room: string
  /** The community room held for its time (a reservation with the activity's id). */
  roomId?: string
  startAt: Date
  /** Told the day before / 2 hours before (minutely); cleared when the time moves. */
  remindedDay?: boolean
  remindedSoon?: boolean
  endAt: Date
  deadlineAt: Date
  capacity: number
  accessibility?: string
  cover?: StoredPhoto
  /** Photos taken at the activity, added by staff afterwards (evidence for the 台帐). */
  photos?: StoredPhoto[]
  status: 'open' | 'cancelled'
  confirmed: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** One cadre's place at one activity; `_id` is `<activity>:<cadre>`, so there is never a second. */
export interface SignupDoc {
  _id: string
  activityId: string
  communityId: string
  cadreId: string
  cadreName: string
  status: SignupStatus
  /** When the place was asked for: the waitlist's order. */
  at: Date
  by: string
  byName: string
  attended?: boolean
  promotedAt?: Date
  cancelledAt?: Date
}
