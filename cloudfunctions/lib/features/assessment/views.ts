// What this feature's actions answer: plain data shaped for the pages.
import type { PhotoView } from '../files/views'
import type { ItemGroup, Measure, SchemeShape } from './scheme.rules'

export interface SchemeView extends SchemeShape {
  id: string
  year: number
  passLine: number
  /** Communities that have submitted against it (its items are then fixed). */
  submitted: number
}

export interface AssessmentItemView {
  id: string
  group: ItemGroup
  text: string
  points: number
  /** An automatic item: what it measures, the figure, and the score it gives. */
  auto?: { measure: Measure; target: number; value: number | null; score: number; words: string }
  selfScore?: number
  note?: string
  photos: PhotoView[]
  reviewScore?: number
  comment?: string
}

export interface AssessmentView {
  id: string
  schemeId: string
  schemeName: string
  year: number
  communityId: string
  communityName: string
  total: number
  passLine: number
  status: 'draft' | 'submitted' | 'reviewed'
  statusWords: string
  items: AssessmentItemView[]
  /** The community's score once reviewed; before that what the automatic items and its own scores add up to. */
  score: number | null
  passed?: boolean
  resultWords?: string
  fixes: { itemId: string; text: string; dueOn: string; done: boolean; doneWords?: string }[]
  may: { edit: boolean; submit: boolean; review: boolean; fix: boolean }
}

export interface AssessmentResults {
  year: number
  /** Each scheme of the year with its communities ranked (the bureau: all; staff: their own). */
  schemes: {
    id: string
    name: string
    total: number
    passLine: number
    rows: { communityId: string; communityName: string; statusWords: string; score: number | null; passed?: boolean; rank?: number }[]
  }[]
  /** The caller's community (staff) or the named one, year by year. */
  history: { year: number; schemeName: string; score: number | null; passed?: boolean; statusWords: string }[]
}
