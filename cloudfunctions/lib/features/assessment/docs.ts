// The documents this feature stores.
import type { StoredPhoto } from '../files/tickets'
import type { SchemeShape } from './scheme.rules'

/** A scheme the bureau publishes for a year: its items, total (100 or 1,000) and pass line. */
export interface SchemeDoc extends SchemeShape {
  _id: string
  year: number
  byName: string
  createdAt: Date
  updatedAt: Date
}

/** One community's assessment against one scheme: `_id` is `<scheme>:<community>`, so there is one. */
export interface AssessmentDoc {
  _id: string
  schemeId: string
  communityId: string
  year: number
  status: 'draft' | 'submitted' | 'reviewed'
  /** The community's own scores and evidence, per item. */
  evidence: { itemId: string; selfScore?: number; note?: string; photos?: StoredPhoto[] }[]
  /** Automatic items as figured when submitted (what the bureau reviews). */
  auto?: Record<string, { value: number | null; score: number; words: string }>
  /** The bureau's scores and comments for the items scored from evidence. */
  review?: Record<string, { score: number; comment?: string }>
  total?: number
  passed?: boolean
  submittedAt?: Date
  submittedByName?: string
  reviewedAt?: Date
  reviewedByName?: string
  /** 整改: what a community below the line must put right, by when; marked done by staff. */
  fixes?: { itemId: string; text: string; dueOn: string; doneAt?: Date; doneNote?: string; doneByName?: string }[]
  updatedAt: Date
}
