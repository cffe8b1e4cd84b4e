// The dashboards: they read the kept monthly figures (never the raw collections) — the twelve months to the one
// asked for and the same twelve a year before, in one read: a community's own documents (beside the community), or
// for the bureau the city's sums with the month's ranking of communities, both written by the minutely job.
import { AppError, type ActionOutput, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _ } from '../../db/cloud'
import { findAll, findById, findMany } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { momentWords } from '../../core/words.rules'
import type { CommunityDoc } from '../people/docs'
import {
  lastYearOf,
  monthOf,
  NO_FIGURES,
  percentile,
  RANKED_FIGURES,
  trendMonths,
  rate,
  sumOfFigures,
  type RankedFigure,
} from './figures.rules'
import { rankingId, type CityRankingDoc, type CityStatsDoc, type StatsDoc } from './docs'

const CHOICES = (Object.keys(RANKED_FIGURES) as RankedFigure[]).map((key) => ({
  key,
  label: RANKED_FIGURES[key].label,
  unit: RANKED_FIGURES[key].unit,
}))
/** A month's kept figures: a community's, or the city's sum. */
type MonthDoc = Pick<StatsDoc, 'month' | 'figures' | 'computedAt'>

/** The months a view needs, and the chosen figure read from each month's (summed) figures. */
function monthView(docs: MonthDoc[], month: string, figure: RankedFigure) {
  const of = (m: string) => sumOfFigures(docs.filter((d) => d.month === m).map((d) => d.figures))
  const value = (m: string) => {
    const f = of(m)
    return f ? RANKED_FIGURES[figure].of(f) : null
  }
  const trendOf = (last: string) => [...trendMonths(last)].reverse().map((m) => ({ month: m, value: value(m) }))
  const figures = of(month) ?? NO_FIGURES
  const counted = docs.filter((d) => d.month === month).map((d) => new Date(d.computedAt).getTime())
  return {
    month,
    figure,
    choices: CHOICES,
    figures,
    value: value(month),
    lastYear: value(lastYearOf(month)),
    trend: trendOf(month),
    trendLastYear: trendOf(lastYearOf(month)),
    answerP50Sec: percentile(figures.sos.answerSeconds, 0.5),
    answerP90Sec: percentile(figures.sos.answerSeconds, 0.9),
    urgentP50Min: percentile(figures.services.urgentAnswerMinutes, 0.5),
    countedAtWords: counted.length ? momentWords(new Date(Math.min(...counted))) : '还没有统计',
  }
}

const monthsWanted = (month: string) => [...trendMonths(month), ...trendMonths(lastYearOf(month))]

export async function cityStats(ctx: ActionContext, input: ParsedInput<'stats.overview'>): Promise<ActionOutput<'stats.overview'>> {
  const month = input.month ?? monthOf(ctx.now)
  const figure = input.figure ?? 'reportsInTime'
  const wanted = monthsWanted(month)
  const city = await findMany<CityStatsDoc | CityRankingDoc>(
    C.cityStats,
    { _id: _.in([...wanted, rankingId(month)]) },
    { limit: wanted.length + 1 },
  )
  const sums = city.filter((d): d is CityStatsDoc => d.kind === 'sum')
  const ranking = city.find((d): d is CityRankingDoc => d.kind === 'ranking')
  const rows = (ranking?.rows ?? []).map((r) => ({
    id: r.id,
    name: r.name,
    district: r.district,
    value: r.values[figure] ?? null,
    roster: r.values.roster ?? 0,
  }))
  rows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.name.localeCompare(b.name, 'zh-Hans-CN'))
  return { ...monthView(sums, month, figure), communities: rows }
}

/** Staff read their own community; the bureau one community or (none named) the whole city. */
function scopeOf(ctx: ActionContext, asked?: string): string | undefined {
  if (ctx.caller.roles.includes('admin')) return asked
  const own = staffCommunity(ctx)
  if (asked && asked !== own) throw new AppError('FORBIDDEN', '只能看本社区的数字')
  return own
}

export async function providerQuality(ctx: ActionContext, input: ParsedInput<'stats.providers'>): Promise<ActionOutput<'stats.providers'>> {
  const communityId = scopeOf(ctx, input.communityId)
  const month = input.month ?? monthOf(ctx.now)
  const [docs, communities] = await Promise.all([
    findAll<StatsDoc>(C.stats, { month, ...(communityId ? { communityId } : {}) }),
    findAll<CommunityDoc>(C.communities, communityId ? { _id: communityId } : {}),
  ])
  const providers = docs.flatMap((d) =>
    Object.entries(d.figures.services.byProvider ?? {}).map(([id, p]) => ({
      id,
      name: p.name,
      communityName: communities.find((c) => c._id === d.communityId)?.name ?? '',
      assigned: p.assigned,
      completed: p.completed,
      notMet: p.notMet,
      rated: p.rated,
      average: p.rated ? Math.round((p.starsSum / p.rated) * 10) / 10 : null,
      poor: p.poor,
      satisfaction: rate(p.good ?? 0, p.rated),
      complaints: p.complaints ?? 0,
    })),
  )
  // What needs looking into first: complaints, failed visits and poor ratings, then the lowest average.
  const trouble = (p: (typeof providers)[number]) => p.complaints + p.notMet + p.poor
  providers.sort((a, b) => trouble(b) - trouble(a) || (a.average ?? 6) - (b.average ?? 6) || a.name.localeCompare(b.name, 'zh-Hans-CN'))
  return { month, providers }
}

export async function communityStats(ctx: ActionContext, input: ParsedInput<'stats.community'>): Promise<ActionOutput<'stats.community'>> {
  const communityId = scopeOf(ctx, input.communityId)
  if (!communityId) throw new AppError('BAD_INPUT', '请选一个社区')
  const month = input.month ?? monthOf(ctx.now)
  const [docs, community] = await Promise.all([
    findAll<StatsDoc>(C.stats, { communityId, month: _.in(monthsWanted(month)) }),
    findById<CommunityDoc>(C.communities, communityId),
  ])
  if (!community) throw new AppError('NOT_FOUND', '没有找到这个社区')
  return { ...monthView(docs, month, input.figure ?? 'reportsInTime'), community: { id: community._id, name: community.name } }
}
