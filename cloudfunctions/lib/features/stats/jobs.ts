// The minutely job keeps the figures fresh a few communities at a time, in turn (a city's 100 communities are
// each recounted every 20 minutes), with last month's recounted in the first days of a month (late ratings and
// visits) and one missing past month filled in per pass, so the trend fills up after a deploy. Every month it
// recounts is then summed again for the whole city.
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, findMany } from '../../db/access'
import type { JobStateDoc } from '../../core/docs'
import type { CommunityDoc } from '../people/docs'
import { shanghaiDay } from '../../core/time.rules'
import {
  COMMUNITIES_PER_RUN,
  monthOf,
  previousMonth,
  RANKED_FIGURES,
  sumOfFigures,
  TREND_MONTHS,
  trendMonths,
  type RankedFigure,
} from './figures.rules'
import { recountMonth } from './recount'
import { rankingId, type CityRankingDoc, type CityStatsDoc, type StatsDoc } from './docs'

const JOB = 'stats'
export async function keepStatsFresh(at: Date): Promise<number> {
  const state = await findById<JobStateDoc>(C.jobState, JOB)
  const after = state?.after ?? ''
  const next = await findMany<CommunityDoc>(C.communities, after ? { _id: _.gt(after) } : {}, {
    orderBy: ['_id', 'asc'],
    limit: COMMUNITIES_PER_RUN,
  })
  // At the end of the list, start again from the top.
  const batch = next.length
    ? next
    : await findMany<CommunityDoc>(C.communities, {}, { orderBy: ['_id', 'asc'], limit: COMMUNITIES_PER_RUN })
  if (!batch.length) return 0
  const month = monthOf(at)
  // The months the dashboards show: twelve, and the same twelve a year before.
  const months = trendMonths(month, 2 * TREND_MONTHS)
  const have = await findAll<Pick<StatsDoc, 'communityId' | 'month'>>(C.stats, {
    communityId: _.in(batch.map((c) => c._id)),
    month: _.gte(months[months.length - 1]),
  })
  const lateDays = Number(shanghaiDay(at).slice(8)) <= 3
  let recounted = 0
  const touched = new Set<string>()
  await Promise.all(
    batch.map(async (c) => {
      const missing = months.slice(1).find((m) => !have.some((h) => h.communityId === c._id && h.month === m))
      const todo = [...new Set([month, ...(lateDays ? [previousMonth(month)] : []), ...(missing ? [missing] : [])])]
      for (const m of todo) await recountMonth(c._id, m, at)
      todo.forEach((m) => touched.add(m))
      recounted += todo.length
    }),
  )
  if (touched.size) {
    const communities = await findAll<CommunityDoc>(C.communities, {})
    await Promise.all([...touched].map((m) => sumCityMonth(m, communities)))
  }
  await db
    .collection(C.jobState)
    .doc(JOB)
    .set({ data: { after: batch[batch.length - 1]._id, at } })
  return recounted
}

/**
 * The city's month as the sum of its communities' documents for that month, as they stand now, and every
 * community's ranked figures for it (a community not yet counted that month has none).
 */
async function sumCityMonth(month: string, communities: CommunityDoc[]): Promise<void> {
  const docs = await findAll<StatsDoc>(C.stats, { month })
  const sum: Omit<CityStatsDoc, '_id'> = {
    kind: 'sum',
    month,
    figures: sumOfFigures(docs.map((d) => d.figures))!,
    computedAt: new Date(Math.min(...docs.map((d) => new Date(d.computedAt).getTime()))),
    communities: docs.length,
  }
  const figures = Object.keys(RANKED_FIGURES) as RankedFigure[]
  const byCommunity = new Map(docs.map((d) => [d.communityId, d]))
  const ranking: Omit<CityRankingDoc, '_id'> = {
    kind: 'ranking',
    month,
    rows: communities.map((c) => {
      const d = byCommunity.get(c._id)
      return {
        id: c._id,
        name: c.name,
        district: c.district,
        values: d ? Object.fromEntries(figures.map((f) => [f, RANKED_FIGURES[f].of(d.figures)])) : {},
      }
    }),
  }
  await Promise.all([
    db.collection(C.cityStats).doc(month).set({ data: sum }),
    db.collection(C.cityStats).doc(rankingId(month)).set({ data: ranking }),
  ])
}
