// Taking and freeing a provider's time inside a transaction. The provider's day document is read and written
// in the same transaction as the booking, so two bookings that would overlap conflict in the database: the
// later one is retried by runTransaction, sees the first one's visit, and goes to another provider or fails.
// The unique slotKey on bookings is the second lock: one provider, one start time, one booking.
import { C } from '../../db/collections'
import type { BookingDoc, ProviderDayDoc, ProviderDoc } from './docs'
import { _ } from '../../db/cloud'
import { readInTx } from '../../db/access'
import type { Transaction } from '../../db/types'
import { fits } from './slots.rules'
import { providerDayId } from './catalog'

export const slotKeyOf = (providerId: string, startAt: Date) => `${providerId}@${startAt.toISOString()}`

/** The first of `candidates` free for the visit, its day written with the visit; null when none is. */
export async function takeTime(
  tx: Transaction,
  visit: { bookingId: string; day: string; start: number; durationMin: number },
  candidates: readonly ProviderDoc[],
): Promise<ProviderDoc | null> {
  for (const provider of candidates) {
    const id = providerDayId(provider._id, visit.day)
    const current = await readInTx<ProviderDayDoc>(tx, C.providerDays, id)
    const busy = (current?.busy ?? []).filter((b) => b.bookingId !== visit.bookingId)
    if (!fits({ ...provider, id: provider._id }, visit.day, visit.start, visit.durationMin, busy)) continue
    const taken = { bookingId: visit.bookingId, start: visit.start, end: visit.start + visit.durationMin + provider.bufferMin }
    const day: Omit<ProviderDayDoc, '_id'> = { providerId: provider._id, day: visit.day, busy: [...busy, taken] }
    await tx.collection(C.providerDays).doc(id).set({ data: day })
    return provider
  }
  return null
}

/** Frees the provider's time a booking held (no read needed: the visit is pulled out by its booking id). */
export async function freeTime(tx: Transaction, booking: BookingDoc): Promise<void> {
  if (!booking.providerId || !booking.day) return
  await tx
    .collection(C.providerDays)
    .doc(providerDayId(booking.providerId, booking.day))
    .update({ data: { busy: _.pull({ bookingId: booking._id }) } })
}
