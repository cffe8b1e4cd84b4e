// In-app messages (我的消息): built here, written either inside the transaction that causes them or just after.
import { C, type MessageDoc } from '../db/collections'
import { newId } from '../db/access'
import { db } from '../db/cloud'
import type { Transaction } from '../db/types'

export function message(to: string, title: string, body: string, now: Date, bookingId?: string): MessageDoc {
  return { _id: newId(), to, title, body, ...(bookingId ? { bookingId } : {}), at: now, read: false }
}

/** Writes the messages in `tx`, or on their own once the change they tell of has committed. */
export async function tell(messages: readonly MessageDoc[], tx?: Transaction) {
  for (const m of messages) await (tx ?? db).collection(C.messages).add({ data: { ...m } })
}
