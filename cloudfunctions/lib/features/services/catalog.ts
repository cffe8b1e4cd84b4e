// The catalog a cadre can book from; how each day of the next two weeks looks for one service; the open times of one day.
import { AppError, type CatalogView, type DaysView, type ParsedInput, type ServiceView, type SlotsView } from '../../contracts'
import { C } from '../../db/collections'
import type { CommunityDoc } from '../people/docs'
import type { ProviderDayDoc, ProviderDoc, ServiceTypeDoc } from './docs'
import { findAll, findById, findIn } from '../../db/access'
import { DEFAULT_CATALOG, NOTE_QUESTIONS, priceWords } from './rules'
import {
  BOOKING_HORIZON_DAYS,
  DAY_STATE_WORDS,
  dayState,
  openSlots,
  toClock,
  withinHorizon,
  type Busy,
  type SlotQuery,
} from './slots.rules'
import { addDays, shanghaiDay } from '../../core/time.rules'
import { clockWords, dayWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { aboutCadre } from '../../core/scope'
import { communityView } from '../people/views'

const catalogOrder = (key: string) => {
  const i = DEFAULT_CATALOG.findIndex((s) => s.key === key)
  return i < 0 ? DEFAULT_CATALOG.length : i
}

export function serviceView(s: ServiceTypeDoc): ServiceView {
  return {
    key: s.key,
    name: s.name,
    blurb: s.blurb,
    priceFen: s.priceFen,
    price: priceWords(s.priceFen),
    durationMin: s.durationMin,
    minNoticeHours: s.minNoticeHours,
    cutoffHours: s.cutoffHours,
    urgent: s.urgent,
    paidByCard: s.paidByCard,
    askNote: NOTE_QUESTIONS[s.key] ?? null,
  }
}

export async function getCatalog(ctx: ActionContext): Promise<CatalogView> {
  const { doc: cadre } = aboutCadre(ctx)
  const [community, services] = await Promise.all([
    findById<CommunityDoc>(C.communities, cadre.communityId),
    findAll<ServiceTypeDoc>(C.serviceTypes, { communityId: cadre.communityId, active: true }),
  ])
  if (!community) throw new AppError('NOT_FOUND')
  return {
    cadre: { id: cadre._id, name: cadre.name, address: cadre.address },
    community: communityView(community),
    services: services.sort((a, b) => catalogOrder(a.key) - catalogOrder(b.key)).map(serviceView),
  }
}

/** What a booking of one service on one day is decided from: the rule, who can do it, and their day so far. */
export interface Desk {
  service: ServiceTypeDoc
  providers: ProviderDoc[]
  busy: Record<string, Busy[]>
}

export const providerDayId = (providerId: string, day: string) => `${providerId}:${day}`

export async function loadDesk(communityId: string, serviceKey: string, day?: string): Promise<Desk> {
  const [service, providers] = await Promise.all([
    findById<ServiceTypeDoc>(C.serviceTypes, `${communityId}:${serviceKey}`),
    findAll<ProviderDoc>(C.providers, { communityId, services: serviceKey, active: true }),
  ])
  if (!service || !service.active) throw new AppError('SERVICE_UNAVAILABLE')
  const days =
    day && providers.length
      ? await findIn<ProviderDayDoc>(
          C.providerDays,
          '_id',
          providers.map((p) => providerDayId(p._id, day)),
        )
      : []
  return { service, providers, busy: Object.fromEntries(days.map((d) => [d.providerId, d.busy])) }
}

export function slotQuery(desk: Desk, day: string, now: Date, grid?: string): SlotQuery {
  return {
    day,
    durationMin: desk.service.durationMin,
    minNoticeHours: desk.service.minNoticeHours,
    now,
    providers: desk.providers.map((p) => ({ ...p, id: p._id })),
    busy: desk.busy,
    grid,
  }
}

export async function listSlots(ctx: ActionContext, input: ParsedInput<'service.slots'>): Promise<SlotsView> {
  const { doc: cadre } = aboutCadre(ctx)
  if (!withinHorizon(input.date, ctx.now)) return { date: input.date, times: [], labels: [] }
  const desk = await loadDesk(cadre.communityId, input.serviceKey, input.date)
  const starts = openSlots(slotQuery(desk, input.date, ctx.now, cadre.grid)).map((s) => s.start)
  return { date: input.date, times: starts.map(toClock), labels: starts.map(clockWords) }
}

/** Each day people may book, today first, for one service: free, full, nobody working, or too late, with its times. */
export async function listDays(ctx: ActionContext, input: ParsedInput<'service.days'>): Promise<DaysView> {
  const { doc: cadre } = aboutCadre(ctx)
  const dates = Array.from({ length: BOOKING_HORIZON_DAYS }, (_, n) => shanghaiDay(addDays(ctx.now, n)))
  const desk = await loadDesk(cadre.communityId, input.serviceKey)
  const providerDays = await findIn<ProviderDayDoc>(
    C.providerDays,
    '_id',
    desk.providers.flatMap((p) => dates.map((date) => providerDayId(p._id, date))),
  )
  const days = dates.map((date) => {
    const busy = Object.fromEntries(providerDays.filter((d) => d.day === date).map((d) => [d.providerId, d.busy]))
    const { state, slots } = dayState(slotQuery({ ...desk, busy }, date, ctx.now, cadre.grid))
    const starts = slots.map((s) => s.start)
    return {
      date,
      words: dayWords(date, ctx.now),
      state,
      stateWords: DAY_STATE_WORDS[state],
      times: starts.map(toClock),
      labels: starts.map(clockWords),
    }
  })
  return { serviceKey: input.serviceKey, noticeWords: `要提前 ${desk.service.minNoticeHours} 小时约`, days }
}
