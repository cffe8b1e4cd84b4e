// What this feature's actions answer: a month's figures, a chosen figure ranked and over time.
import type { MonthFigures, RankedFigure } from './figures.rules'

export type { MonthFigures, RankedFigure } from './figures.rules'

export interface FigureChoice {
  key: RankedFigure
  label: string
  unit: string
}

export interface TrendPoint {
  month: string
  /** null: nothing to measure that month (no reports, no ratings) or no figures kept yet. */
  value: number | null
}

interface MonthView {
  month: string
  figure: RankedFigure
  choices: FigureChoice[]
  figures: MonthFigures
  /** The chosen figure this month, the same month last year, the twelve months to this one (oldest first), and
   *  the same twelve a year before. */
  value: number | null
  lastYear: number | null
  trend: TrendPoint[]
  trendLastYear: TrendPoint[]
  /** 一键通: seconds to the first answer, the middle and the 90th in 100. */
  answerP50Sec: number | null
  answerP90Sec: number | null
  /** Urgent repairs: minutes from the request to someone being sent, the middle one. */
  urgentP50Min: number | null
  /** "12月2日 15:04": when the oldest of the figures shown was counted. */
  countedAtWords: string
}

export interface CommunityStats extends MonthView {
  community: { id: string; name: string }
}

/** How a provider did in a month: what they were sent to, did, failed, and how they were rated. */
export interface ProviderQuality {
  id: string
  name: string
  communityName: string
  assigned: number
  completed: number
  notMet: number
  rated: number
  /** Average stars, one decimal; null before anyone rated. */
  average: number | null
  /** Ratings of one or two stars. */
  poor: number
  /** 满意率: ratings of four or five stars of all their ratings, whole per cent; null before anyone rated. */
  satisfaction: number | null
  /** Complaints about their visits sent through 意见建议 this month. */
  complaints: number
}

export interface CityStats extends MonthView {
  /** Every community, ranked by the chosen figure (those with nothing to measure last). */
  communities: { id: string; name: string; district: string; value: number | null; roster: number }[]
}
