// The documents this feature stores. Times of day are minutes from midnight, Shanghai time.
import type { RoomKind } from '../../core/categories'
import type { Span } from './rules'

/** One of a community's rooms (六室一站). */
export interface RoomDoc {
  _id: string
  communityId: string
  name: string
  kind: RoomKind
  capacity: number
  open: number
  close: number
  /** 无障碍 notes: a ramp, a lift, the floor, a handrail. */
  accessibility?: string
  active: boolean
  updatedAt: Date
}

/** A room's day: every stretch held, read and written in the reservation's transaction (the lock against doubles). */
export interface RoomDayDoc {
  _id: string
  roomId: string
  day: string
  spans: Span[]
}

export type ReservationStatus = 'pending' | 'confirmed' | 'rejected' | 'cancelled'

export interface RoomReservationDoc {
  _id: string
  roomId: string
  roomName: string
  communityId: string
  day: string
  start: number
  end: number
  purpose: string
  people?: number
  /** Staff reserve outright; a cadre's (or family's) request for a small group waits for staff. */
  status: ReservationStatus
  by: string
  byName: string
  forCadreId?: string
  forCadreName?: string
  activityId?: string
  createdAt: Date
  decidedByName?: string
  note?: string
}
