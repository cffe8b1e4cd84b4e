// The staff dispatch board, the provider's own day, and everyone's in-app messages.
import type { DispatchBoard, ParsedInput, ProviderView } from '../../contracts'
import { C } from '../../db/collections'
import type { BookingDoc, ProviderDoc } from './docs'
import { _ } from '../../db/cloud'
import { findAll, findPage } from '../../db/access'
import { shanghaiDay } from '../../core/time.rules'
import { byPinyin } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { bookingView } from './views'
import { staffCommunity } from '../../core/scope'

const byTime = (a: BookingDoc, b: BookingDoc) => new Date(a.startAt ?? a.createdAt).getTime() - new Date(b.startAt ?? b.createdAt).getTime()

export function providerView(p: ProviderDoc): ProviderView {
  return { id: p._id, name: p.name, kind: p.kind, phone: p.phone, services: p.services, ...(p.grid ? { grid: p.grid } : {}) }
}

const WAITING_PAGE = 30

/**
 * The requests waiting for someone, a page at a time, urgent repairs first (accepted at any hour, someone must go
 * now) and then oldest first; and the chosen day of every active provider, whole (a day holds only as many visits
 * as the providers' hours).
 */
export async function getDispatchBoard(ctx: ActionContext, input: ParsedInput<'dispatch.board'>): Promise<DispatchBoard> {
  const communityId = staffCommunity(ctx)
  const day = input.date ?? shanghaiDay(ctx.now)
  const [waiting, ofDay, providers, sent] = await Promise.all([
    findPage<BookingDoc>(
      C.bookings,
      { communityId, status: 'requested' },
      {
        orderBy: [
          ['urgent', 'desc'],
          ['createdAt', 'asc'],
        ],
        offset: input.offset,
        size: WAITING_PAGE,
      },
    ),
    findAll<BookingDoc>(C.bookings, { communityId, day, status: _.in(['assigned', 'in_service', 'completed', 'rated', 'no_show']) }),
    findAll<ProviderDoc>(C.providers, { communityId, active: true }),
    findAll<BookingDoc>(C.bookings, { communityId, urgent: true, status: 'assigned' }),
  ])
  const staff = { as: 'staff' } as const
  return {
    date: day,
    waiting: waiting.items.map((b) => bookingView(b, staff, ctx.now)),
    total: waiting.total,
    next: waiting.next,
    sent: sent.sort(byTime).map((b) => bookingView(b, staff, ctx.now)),
    providers: providers
      .sort((a, b) => byPinyin(a.name, b.name))
      .map((p) => ({
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
  const tasks = await findAll<BookingDoc>(
    C.bookings,
    _.or([
      { providerId: ctx.openid, status: _.in(['assigned', 'in_service']) },
      { providerId: ctx.openid, day: today, status: _.in(['completed', 'rated', 'no_show']) },
    ]),
  )
  const views = tasks.sort(byTime).map((b) => bookingView(b, { as: 'provider' }, ctx.now))
  return {
    today: views.filter((v) => v.date === today || (v.urgent && v.status !== 'completed')),
    later: views.filter((v) => v.date !== undefined && v.date > today),
  }
}
