// In-app messages (我的消息): built here, written either inside the transaction that causes them or just after;
// read and marked read by their owner.
import { C } from '../../db/collections'
import type { MessageDoc, MessageOpens } from './docs'
import type { PushEntry } from '../push/docs'
import { templateData, type PushKind } from '../push/rules'
import { count, findPage, newId } from '../../db/access'
import { momentWords } from '../../core/words.rules'
import { db } from '../../db/cloud'
import type { Transaction } from '../../db/types'
import type { ParsedInput } from '../../contracts'
import type { ActionContext } from '../../core/context'

export function message(to: string, title: string, body: string, now: Date, opens?: MessageOpens): MessageDoc {
  return { _id: newId(), to, title, body, ...(opens ? { opens } : {}), at: now, read: false }
}

/** The page a tap on a WeChat subscribe message opens: 我的消息, where the full text is. */
export const MESSAGES_PAGE = 'packages/account/messages/index'

/** A subscribe message to go with an in-app message, sent by the outbox (pushOutbox.ts) if the person allowed it. */
export function pushOf(kind: PushKind, values: Record<string, string>): PushEntry {
  return { kind, state: 'pending', data: templateData(kind, values), page: MESSAGES_PAGE, tries: 0 }
}

/** Writes the messages in `tx`, or on their own once the change they tell of has committed. */
export async function tell(messages: readonly MessageDoc[], tx?: Transaction) {
  if (tx) {
    await Promise.all(messages.map((m) => tx.collection(C.messages).add({ data: { ...m } })))
    return
  }
  // Outside a transaction a whole community (or an activity's 1,200 families) is told twenty at a time.
  for (let i = 0; i < messages.length; i += 20)
    await Promise.all(messages.slice(i, i + 20).map((m) => db.collection(C.messages).add({ data: { ...m } })))
}

export const unreadCount = (openid: string) => count(C.messages, { to: openid, read: false })

/** Marks the caller's message (or all of them) read; another person's message is not found. */
export async function markRead(ctx: ActionContext, input: ParsedInput<'message.read'>): Promise<{ unread: number }> {
  const mine = { to: ctx.openid, read: false, ...(input.messageId ? { _id: input.messageId } : {}) }
  await db
    .collection(C.messages)
    .where(mine)
    .update({ data: { read: true } })
  return { unread: await unreadCount(ctx.openid) }
}

const MESSAGE_PAGE = 30

export async function listMessages(ctx: ActionContext, input: ParsedInput<'message.list'>) {
  const page = await findPage<MessageDoc>(
    C.messages,
    { to: ctx.openid },
    { orderBy: ['at', 'desc'], offset: input.offset, size: MESSAGE_PAGE },
  )
  return {
    total: page.total,
    next: page.next,
    messages: page.items.map((m) => ({
      id: m._id,
      title: m.title,
      body: m.body,
      at: new Date(m.at).toISOString(),
      atWords: momentWords(new Date(m.at)),
      read: m.read,
      opens: m.opens ?? null,
    })),
  }
}
