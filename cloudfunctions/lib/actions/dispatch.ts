// The staff dispatch board, the provider's own day, and everyone's in-app messages.
import { type DispatchBoard, type ParsedInput, type ProviderView } from '../contracts'
import { C, type BookingDoc, type MessageDoc, type ProviderDoc } from '../db/collections'
import { _ } from '../db/cloud'
import { findMany } from '../db/access'
import { shanghaiDay } from '../domain/time'
import { momentWords } from '../domain/words'
import type { ActionContext } from './context'
import { bookingView } from './bookingView'
import { staffCommunity } from './scope'

const byTime = (a: BookingDoc, b: BookingDoc) => new Date(a.startAt ?? a.createdAt).getTime() - new Date(b.startAt ?? b.createdAt).getTime()

export function providerView(p: ProviderDoc): ProviderView {
  return { id: p._id, name: p.name, kind: p.kind, phone: p.phone, services: p.services, ...(p.grid ? { grid: p.grid } : {}) }
}

export async function getDispatchBoard(ctx: ActionContext, input: ParsedInput<'dispatch.board'>): Promise<DispatchBoard> {
  const communityId = staffCommunity(ctx)
  const day = input.date ?? shanghaiDay(ctx.now)
  const [waiting, ofDay, providers] = await Promise.all([
    findMany<BookingDoc>(C.bookings, { communityId, status: 'requested' }, { orderBy: ['createdAt', 'asc'] }),
    findMany<BookingDoc>(C.bookings, { communityId, day, status: _.in(['assigned', 'in_service', 'completed', 'rated', 'no_show']) }),
    findMany<ProviderDoc>(C.providers, { communityId, active: true }),
  ])
  const staff = { as: 'staff' } as const
  // Urgent repairs first: they are accepted at any hour and someone must go now.
  const order = (a: BookingDoc, b: BookingDoc) => Number(b.urgent) - Number(a.urgent) || byTime(a, b)
  return {
    date: day,
    waiting: waiting.sort(order).map((b) => bookingView(b, staff, ctx.now)),
    providers: providers.map((p) => ({
      ...providerView(p),
      bookings: ofDay
        .filter((b) => b.providerId === p._id)
        .sort(byTime)
        .map((b) => bookingView(b, staff, ctx.now)),
    })),
  }
}

/** The provider's open visits (urgent ones too) and what they finished today. */
export async function getProviderTasks(ctx: ActionContext) {
  const today = shanghaiDay(ctx.now)
  const tasks = await findMany<BookingDoc>(
    C.bookings,
    _.or([
      { providerId: ctx.openid, status: _.in(['assigned', 'in_service']) },
      { providerId: ctx.openid, day: today, status: _.in(['completed', 'rated', 'no_show']) },
    ]),
    { limit: 200 },
  )
  const views = tasks.sort(byTime).map((b) => bookingView(b, { as: 'provider' }, ctx.now))
  return {
    today: views.filter((v) => v.date === today || (v.urgent && v.status !== 'completed')),
    later: views.filter((v) => v.date !== undefined && v.date > today),
  }
}

export async function listMessages(ctx: ActionContext) {
  const messages = await findMany<MessageDoc>(C.messages, { to: ctx.openid }, { orderBy: ['at', 'desc'], limit: 30 })
  return {
    messages: messages.map((m) => ({
      id: m._id,
      title: m.title,
      body: m.body,
      at: new Date(m.at).toISOString(),
      atWords: momentWords(new Date(m.at)),
      read: m.read,
    })),
  }
}
