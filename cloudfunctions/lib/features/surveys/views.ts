// What this feature's actions answer: plain data shaped for the pages.
import type { Answers, Audience, Question, Tally } from './rules'

export interface SurveySummary {
  id: string
  title: string
  /** "桃园社区" / "老干部局（全市）" / "老干部局（桃园社区、杏花社区）" */
  fromWords: string
  audience: Audience
  grid?: string
  opensOn: string
  closesOn: string
  /** "12月31日 截止" / "已截止" */
  windowWords: string
  open: boolean
  anonymous: boolean
  /** For a cadre: whether they (or someone for them) have answered. */
  answered?: boolean
  /** For staff and the bureau: how many have answered (their community's for staff). */
  responses?: number
  /** Staff may change their community's own; the bureau its own. */
  mayEdit: boolean
}

export interface SurveyView extends SurveySummary {
  intro?: string
  questions: Question[]
  communityIds?: string[]
  /** The cadre's answers so far (to change before it closes). */
  mine?: { answers: Answers; byWords: string }
}

export interface SurveyResults {
  survey: SurveySummary & { questions: Question[] }
  /** Cadres asked and how many answered (of the caller's community for staff). */
  asked: number
  responses: number
  satisfaction: number | null
  tallies: Tally[]
  /** Each community's responses and 满意率 (the bureau's surveys). */
  byCommunity: { communityName: string; asked: number; responses: number; satisfaction: number | null }[]
  /** Who answered and for whom — named surveys only; never for an anonymous one. */
  respondents?: { cadreName: string; byWords: string; atWords: string }[]
}
