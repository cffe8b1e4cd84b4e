// The documents this feature stores. Money as integer fen.
import type { MonthFigures } from './figures.rules'

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
