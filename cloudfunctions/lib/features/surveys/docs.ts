// The documents this feature stores.
import type { Answers, Audience, Question } from './rules'

/** A survey (问卷): the bureau's (communityId 'city', to every community or `communityIds`) or a community's own. */
export interface SurveyDoc {
  _id: string
  communityId: string
  communityIds?: string[]
  title: string
  intro?: string
  questions: Question[]
  audience: Audience
  /** Only the cadres of this grid (网格) of the community. */
  grid?: string
  /** Shanghai days, inclusive. */
  opensOn: string
  closesOn: string
  /** Results never say who answered, not even to the bureau. */
  anonymous: boolean
  /** "桃园社区" / "老干部局（全市）", as the lists say who sent it. */
  fromWords: string
  byName: string
  createdAt: Date
  updatedAt: Date
}

/** One cadre's answers to one survey: `_id` is `<survey>:<cadre>`, so a second answer replaces the first. */
export interface SurveyAnswerDoc {
  _id: string
  surveyId: string
  cadreId: string
  communityId: string
  answers: Answers
  /** Who filled it in: the cadre, a family member for them, or staff during a visit. */
  by: 'cadre' | 'family' | 'staff'
  byName: string
  cadreName: string
  at: Date
}
