// Taking and freeing a provider's time inside a transaction. The provider's day document is read and written
// in the same transaction as the booking, so two bookings that would overlap conflict in the database: the
// later one is retried by runTransaction, sees the first one's visit, and goes to another provider or fails.
// The unique slotKey on bookings is the second lock: one provider, one start time, one booking.
import { C } from '../../db/collections'
import type { BookingDoc, ProviderDayDoc, ProviderDoc } from './docs'
import { _ } from '../../db/cloud'
import { readInTx } from '../../db/access'
import type { Transaction } from '../../db/types'
import { fits, nearestFirst } from './slots.rules'
import { providerDayId } from './catalog'

export const slotKeyOf = (providerId: string, startAt: Date) => `${providerId}@${startAt.toISOString()}`

/** The provider a visit goes to and their day with it, to be written by holdTime. */
export interface TimeChoice {
  provider: ProviderDoc
  dayId: string
  day: Omit<ProviderDayDoc, '_id'>
}

/**
 * Reads the candidates' days together and picks the free one nearest the cadre (就近: the same grid first, then
 * the least loaded); null when none is free. The visit's own earlier place on a day does not count against it.
 */
export async function chooseTime(
  tx: Transaction,
  visit: { bookingId: string; day: string; start: number; durationMin: number },
  candidates: readonly ProviderDoc[],
  grid?: string,
): Promise<TimeChoice | null> {
  const days = await Promise.all(candidates.map((p) => readInTx<ProviderDayDoc>(tx, C.providerDays, providerDayId(p._id, visit.day))))
  const busy = Object.fromEntries(
    candidates.map((p, i) => [p._id, (days[i]?.busy ?? []).filter((b) => b.bookingId !== visit.bookingId)] as const),
  )
  const free = candidates.map((p) => ({ ...p, id: p._id })).filter((p) => fits(p, visit.day, visit.start, visit.durationMin, busy[p._id]))
  const [provider] = nearestFirst(free, grid, busy)
  if (!provider) return null
  const taken = { bookingId: visit.bookingId, start: visit.start, end: visit.start + visit.durationMin + provider.bufferMin }
  return {
    provider,
    dayId: providerDayId(provider._id, visit.day),
    day: { providerId: provider._id, day: visit.day, busy: [...busy[provider._id], taken] },
  }
}

export const holdTime = (tx: Transaction, c: TimeChoice) => tx.collection(C.providerDays).doc(c.dayId).set({ data: c.day })

/** Frees the provider's time a booking held (no read needed: the visit is pulled out by its booking id). */
export async function freeTime(tx: Transaction, booking: BookingDoc): Promise<void> {
  if (!booking.providerId || !booking.day) return
  await tx
    .collection(C.providerDays)
    .doc(providerDayId(booking.providerId, booking.day))
    .update({ data: { busy: _.pull({ bookingId: booking._id }) } })
}
