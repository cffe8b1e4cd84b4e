// A booking as the person looking at it sees it: the visit in words, its history, and what they may do now.
import type { BookingView } from '../../contracts'
import type { BookingDoc } from '../../db/collections'
import { beforeCutoff, nextStatus, priceWords, STATUS_WORDS, type Step } from './rules'
import { toClock } from './slots.rules'
import { agoWords, momentWords, visitWords } from '../../core/words.rules'
import { yuan } from '../card/rules'

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
    },
    callInstead: forCadre(viewer) && may('cancel') && !inTime,
    ...(forProvider(viewer) && b.cadrePhone ? { cadrePhone: b.cadrePhone } : {}),
    ...(b.heldFen ? { cardYuan: yuan(b.heldFen) } : {}),
    ...(viewer.as === 'staff' && refundable(b) > 0 ? { refundableFen: refundable(b) } : {}),
  }
}
