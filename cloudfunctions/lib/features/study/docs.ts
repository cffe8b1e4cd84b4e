// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { MaterialCategory } from '../activities/rules'
import type { StoredPhoto } from '../files/tickets'

export interface MaterialDoc {
  _id: string
  /** The community that published it, or 'city' for the bureau's (to every community, or to `communityIds`). */
  communityId: string
  communityIds?: string[]
  title: string
  category: MaterialCategory
  /** Paragraphs in order; a paragraph is text or a picture uploaded by staff. */
  body: { text?: string; picture?: StoredPhoto }[]
  publishedAt: Date
  by: string
  byName: string
}

/** A cadre has read a material (`_id` is `<material>:<cadre>`). */
export interface MaterialReadDoc {
  _id: string
  materialId: string
  cadreId: string
  cadreName: string
  communityId: string
  at: Date
}
