// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { Paged } from '../../core/views'
import type { PhotoView } from '../files/views'

export interface ActivityView {
  id: string
  title: string
  category: string
  /** The party branch of a 组织生活 meeting. */
  branchId?: string
  description: string
  room: string
  /** The community room it holds, when it holds one. */
  roomId?: string
  /** "明天 上午 9:00" */
  when: string
  /** "上午 9:00 到 上午 11:00" */
  hours: string
  day: string
  /** "09:00", "10:30": for the staff's edit form. */
  start: string
  end: string
  deadlineDay: string
  deadlineTime: string
  deadline: string
  capacity: number
  confirmed: number
  seatsLeft: number
  accessibility?: string
  /** The cover and the photos taken at it, addressed where a page shows them (list, detail, the staff's page). */
  cover?: PhotoView
  photos?: PhotoView[]
  photoCount: number
  status: 'open' | 'cancelled'
  /** It has begun (or is over): photos taken at it may be added. */
  begun: boolean
  /** Whether sign-ups and withdrawals are still taken. */
  signupOpen: boolean
  /** The cadre's own place, when the view is for a cadre. */
  mine?: { cadreId: string; cadreName: string; status: 'confirmed' | 'waitlisted' | null; words: string; place?: number }
}

/** One page of an activity's sign-ups (confirmed first, then the waitlist), with the whole activity's counts. */
export interface ActivityRoster extends Paged {
  activity: ActivityView
  confirmed: { cadreId: string; cadreName: string; attended: boolean; byName: string }[]
  waitlisted: { cadreId: string; cadreName: string; place: number }[]
  counts: { confirmed: number; waitlisted: number; attended: number }
}
