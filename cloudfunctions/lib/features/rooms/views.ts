// What this feature's actions answer: plain data shaped for the pages.
import type { RoomKind } from '../../core/categories'
import type { ReservationStatus } from './docs'

export interface RoomView {
  id: string
  name: string
  kind: RoomKind
  capacity: number
  communityName: string
  /** "08:30" and "17:30", and "08:30–17:30" to read. */
  open: string
  close: string
  hoursWords: string
  accessibility?: string
  active: boolean
}

export interface ReservationView {
  id: string
  roomId: string
  roomName: string
  date: string
  dateWords: string
  start: string
  end: string
  /** "下午 2:00 到 4:00" */
  timeWords: string
  /** What it is for; to a cadre, only their own requests and activities say it, others read "已借出". */
  purpose: string
  people?: number
  status: ReservationStatus
  /** "已借定" / "等社区同意" / "社区没有同意：…" / "已取消" */
  statusWords: string
  /** "社区 陈静" / "王建国（老人申请）" — for staff, and for the requester's own. */
  whoWords?: string
  mine: boolean
}

export interface RoomWeekView {
  room: RoomView
  days: { date: string; dateWords: string; reservations: ReservationView[] }[]
  /** Staff: the community's requests waiting for an answer, any room. */
  pending: ReservationView[]
  /** What the viewer may do here: reserve (staff) or ask (cadre, family); decide and change rooms (staff). */
  may: { reserve: boolean; decide: boolean }
}
