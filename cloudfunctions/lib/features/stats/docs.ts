// The documents this feature stores. Money as integer fen.
import type { MonthFigures, RankedFigure } from './figures.rules'

/**
 * One community's figures for one Shanghai month (`<communityId>:<YYYY-MM>`), recounted from the raw collections
 * by the minutely job a few communities at a time: dashboards read these and never the raw collections.
 */
export interface StatsDoc {
  _id: string
  communityId: string
  /** "2026-12" */
  month: string
  figures: MonthFigures
  computedAt: Date
}

/**
 * The whole city's figures for one month (`_id` is the month): the sum of that month's community documents, summed
 * again by the minutely job whenever it recounts one of them, so the bureau's twelve months and the same twelve a
 * year before are one read of 24 small documents however many communities there are.
 */
export interface CityStatsDoc {
  _id: string
  kind: 'sum'
  month: string
  figures: MonthFigures
  /** When the oldest of the summed community figures was counted. */
  computedAt: Date
  communities: number
}

/**
 * Every community's ranked figures for one month (`ranking:<month>`), written beside the city's sum: the bureau's
 * ranking is read with the twelve months, in the same read.
 */
export interface CityRankingDoc {
  _id: string
  kind: 'ranking'
  month: string
  rows: { id: string; name: string; district: string; values: Partial<Record<RankedFigure, number | null>> }[]
}

export const rankingId = (month: string) => `ranking:${month}`
