// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { StoredPhoto } from '../files/tickets'

/** A skill offered or a work posted by a cadre (就近发挥作用); public on the 宣传栏 only once staff approve. */
export interface ContributionDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  kind: 'skill' | 'work'
  /** A skill (义务巡逻…) or a kind of work (书法…). */
  type: string
  title: string
  detail: string
  /** 作品照片; older works may instead have an image address staff typed. */
  photos?: StoredPhoto[]
  image?: string
  status: 'pending' | 'approved' | 'rejected'
  submittedBy: string
  submittedAt: Date
  decidedBy?: string
  decidedByName?: string
  decidedAt?: Date
  note?: string
}
