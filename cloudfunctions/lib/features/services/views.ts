// A booking as the person looking at it sees it: the visit in words, its history, and what they may do now.
import type { BookingDoc } from './docs'
import { beforeCutoff, nextStatus, priceWords, STATUS_WORDS, type Step } from './rules'
import { toClock, type DayState } from './slots.rules'
import { agoWords, momentWords, visitWords } from '../../core/words.rules'
import { yuan } from '../card/rules'
import type { Paged } from '../../core/views'
import type { CommunityView } from '../people/views'

/** How the viewer relates to the booking; family's `canBook` is their link's booking permission. */
export type Viewer = { as: 'cadre' | 'staff' | 'provider' | 'other' } | { as: 'family'; canBook: boolean }

const forCadre = (v: Viewer) => v.as === 'cadre' || v.as === 'staff' || (v.as === 'family' && v.canBook)
const forProvider = (v: Viewer) => v.as === 'provider' || v.as === 'staff'

/** Money a completed visit took from the card that has not been given back yet. */
export const refundable = (b: BookingDoc) =>
  b.status === 'completed' || b.status === 'rated' ? (b.heldFen ?? 0) - (b.refundedFen ?? 0) : 0

export function bookingView(b: BookingDoc, viewer: Viewer, now: Date): BookingView {
  const startAt = b.startAt ? new Date(b.startAt) : undefined
  const may = (step: Step) => nextStatus(b.status, step, b.urgent) !== null
  const inTime = beforeCutoff(startAt, b.cutoffHours, now)
  return {
    id: b._id,
    cadreId: b.cadreId,
    cadreName: b.cadreName,
    address: b.address,
    serviceKey: b.serviceKey,
    serviceName: b.serviceName,
    priceFen: b.priceFen,
    price: priceWords(b.priceFen),
    urgent: b.urgent,
    ...(b.day && b.start !== undefined ? { date: b.day, time: toClock(b.start) } : {}),
    when: b.day && b.start !== undefined ? visitWords(b.day, b.start, now) : '急修：尽快上门',
    status: b.status,
    statusWords: STATUS_WORDS[b.status],
    askedWords: agoWords(new Date(b.createdAt), now),
    provider: b.providerId ? { id: b.providerId, name: b.providerName ?? '', phone: b.providerPhone ?? '' } : null,
    bookedBy: { name: b.bookedBy.name, onBehalf: b.bookedBy.role !== 'cadre' },
    ...(b.note ? { note: b.note } : {}),
    ...(b.rating ? { rating: b.rating } : {}),
    history: b.history.map((h) => ({
      status: h.status,
      byName: h.byName,
      at: new Date(h.at).toISOString(),
      atWords: momentWords(new Date(h.at)),
      ...(h.note ? { note: h.note } : {}),
    })),
    can: {
      cancel: forCadre(viewer) && may('cancel') && inTime,
      reschedule: forCadre(viewer) && may('reschedule') && inTime,
      rate: forCadre(viewer) && viewer.as !== 'staff' && may('rate'),
      checkIn: forProvider(viewer) && may('checkIn'),
      checkOut: forProvider(viewer) && may('checkOut'),
      assign: viewer.as === 'staff' && may('assign'),
      /** 投诉 a visit someone was sent to: the cadre or family, through 意见建议. */
      complain: forCadre(viewer) && viewer.as !== 'staff' && !!b.providerId && b.status !== 'cancelled',
    },
    callInstead: forCadre(viewer) && may('cancel') && !inTime,
    ...(forProvider(viewer) && b.cadrePhone ? { cadrePhone: b.cadrePhone } : {}),
    ...(b.heldFen ? { cardYuan: yuan(b.heldFen) } : {}),
    ...(viewer.as === 'staff' && refundable(b) > 0 ? { refundableFen: refundable(b) } : {}),
  }
}

export type BookingStatus = 'requested' | 'assigned' | 'in_service' | 'completed' | 'rated' | 'cancelled' | 'rejected' | 'no_show'

export interface ServiceView {
  key: string
  name: string
  blurb: string
  priceFen: number
  /** The price as people read it: "15.00 元" or "免费". */
  price: string
  durationMin: number
  minNoticeHours: number
  cutoffHours: number
  urgent: boolean
  paidByCard: boolean
  /** The question this service asks in a note before it is booked, if any (午餐还是晚餐、少盐). */
  askNote: { label: string; example: string } | null
}

export interface CatalogView {
  cadre: { id: string; name: string; address: string }
  community: CommunityView
  services: ServiceView[]
}

/** One day of the booking horizon for one service, as the person choosing a day sees it. */
export interface DayView {
  date: string
  /** "明天 周二", "12月8日 周二". */
  words: string
  state: DayState
  /** 有空 / 约满 / 休息 / 来不及. */
  stateWords: string
  /** The free start times when the day is open ('HH:mm'), and the same as people say them. */
  times: string[]
  labels: string[]
}

export interface DaysView {
  serviceKey: string
  /** What to book ahead by, in words, for a day that says 来不及. */
  noticeWords: string
  days: DayView[]
}

export interface SlotsView {
  date: string
  /** 'HH:mm' start times some provider can serve. */
  times: string[]
  /** The same times as people say them, "上午 9:30", in the same order. */
  labels: string[]
}

export interface BookingStep {
  status: BookingStatus
  byName: string
  at: string
  /** "11月24日 09:35", Shanghai time. */
  atWords: string
  note?: string
}

export interface BookingView {
  id: string
  cadreId: string
  cadreName: string
  address: string
  serviceKey: string
  serviceName: string
  priceFen: number
  price: string
  urgent: boolean
  /** Shanghai day and time of the visit; absent for urgent requests. */
  date?: string
  time?: string
  /** The visit in words, e.g. "11月24日 周二 上午 9:00". */
  when: string
  status: BookingStatus
  statusWords: string
  /** When it was asked for, as "12 分钟前" (how long an urgent repair has waited). */
  askedWords: string
  provider: { id: string; name: string; phone: string } | null
  bookedBy: { name: string; onBehalf: boolean }
  note?: string
  rating?: { stars: number; words?: string }
  history: BookingStep[]
  /** What the viewer may do now. */
  can: { cancel: boolean; reschedule: boolean; rate: boolean; checkIn: boolean; checkOut: boolean; assign: boolean; complain: boolean }
  /** Past the cut-off: cancel or change by phone instead. */
  callInstead: boolean
  /** For the provider going to the door and for staff only. */
  cadrePhone?: string
  /** What this visit holds (or took) on the service card, as "15.00": a cancel says it went back. */
  cardYuan?: string
  /** What staff may still give back on the card for this visit (taken and not yet refunded), when any. */
  refundableFen?: number
}

export interface ProviderView {
  id: string
  name: string
  kind: string
  phone: string
  services: string[]
  grid?: string
}

export interface DispatchBoard extends Paged {
  date: string
  /** A page of the requests waiting for someone to be sent (urgent first); `total` counts them all. */
  waiting: BookingView[]
  /** 派出未上门: urgent repairs someone was sent to who has not yet arrived, longest waiting first. */
  sent: BookingView[]
  providers: (ProviderView & { bookings: BookingView[] })[]
}

export interface ProviderDetail extends ProviderView {
  availability: { weekday: number; from: string; to: string }[]
  daysOff: string[]
  bufferMin: number
  active: boolean
}
