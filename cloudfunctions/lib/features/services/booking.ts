// Booking a home visit for oneself or on a cadre's behalf, and every step of its life after that.
// A change that touches more than one document (booking, the provider's day, a message) is one transaction.
import { AppError, type BookingView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { BookingDoc, BookingHistoryEntry, ProviderDoc } from './docs'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import { _ } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findById, findMany, isDuplicateKey, newId, openThenPage, readInTx } from '../../db/access'
import type { Transaction } from '../../db/types'
import { beforeCutoff, byVisitTime, MAX_OPEN_BOOKINGS, nextStatus, OPEN, STILL_TO_ACT, type Step } from './rules'
import { shanghaiInstant, slotAt, toMinutes, withinHorizon } from './slots.rules'
import type { ActionContext } from '../../core/context'
import { bookingView, type Viewer } from './views'
import { freeTime, slotKeyOf, takeTime } from './bookingTime'
import { aboutBooking, aboutCadre } from '../../core/scope'
import { loadDesk, slotQuery, type Desk } from './catalog'
import { visitWords } from '../../core/words.rules'
import { ledgerKey } from '../card/rules'
import { post } from '../card/card'
import { message, tell } from '../messages/messages'
import { servedAtHome } from '../roster/rules'

/**
 * Tries of a booking transaction. A provider's day and a cadre's card are shared by everyone booking them, so
 * under a rush the later transactions conflict and run again; three tries (the SDK's default) is not enough.
 */
const CONTENDED_RETRIES = 10

const step = (ctx: ActionContext, status: BookingDoc['status'], note?: string): BookingHistoryEntry => ({
  status,
  by: ctx.openid,
  byName: ctx.user?.name || '工作人员',
  at: ctx.now,
  ...(note ? { note } : {}),
})

/** Checks a day and time against the service's hours; answers the providers free then, nearest first. */
function candidatesFor(desk: Desk, day: string, time: string, now: Date, grid?: string) {
  if (!withinHorizon(day, now)) throw new AppError('SLOT_INVALID', '只能预约今天起两周内的时间')
  const start = toMinutes(time)
  const slot = slotAt(slotQuery(desk, day, now, grid), start)
  if (!slot) throw new AppError('SLOT_INVALID')
  const byId = new Map(desk.providers.map((p) => [p._id, p]))
  return { start, providers: slot.providers.map((id) => byId.get(id)!) }
}

export async function createBooking(ctx: ActionContext, input: ParsedInput<'booking.create'>): Promise<BookingView> {
  const { doc: cadre, as } = aboutCadre(ctx)
  if (!servedAtHome(cadre.status)) throw new AppError('CADRE_AWAY')
  const scheduled = 'date' in input
  const [desk, open] = await Promise.all([
    loadDesk(cadre.communityId, input.serviceKey, scheduled ? input.date : undefined),
    findMany<BookingDoc>(C.bookings, { cadreId: cadre._id, status: _.in([...OPEN]) }, { limit: MAX_OPEN_BOOKINGS }),
  ])
  const openSlots = freeOpenSlots(cadre._id, open)
  const { service } = desk
  const base: Omit<BookingDoc, '_id'> = {
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    address: cadre.address,
    ...(cadre.phone ? { cadrePhone: cadre.phone } : {}),
    ...(cadre.grid ? { grid: cadre.grid } : {}),
    serviceKey: service.key,
    serviceName: service.name,
    priceFen: service.priceFen,
    durationMin: service.durationMin,
    cutoffHours: service.cutoffHours,
    urgent: !scheduled,
    status: 'requested',
    bookedBy: { openid: ctx.openid, name: ctx.user?.name || cadre.name, role: as },
    ...(input.note ? { note: input.note } : {}),
    history: [step(ctx, 'requested', as === 'cadre' ? undefined : `代${cadre.name}预约`)],
    createdAt: ctx.now,
  }
  const id = newId()
  // Urgent repairs need no slot: they wait on the duty staff's dispatch board, at any hour.
  if (!scheduled && !service.urgent) throw new AppError('SLOT_INVALID', '这项服务需要选一个上门时间')
  const slot = scheduled ? candidatesFor(desk, input.date, input.time, ctx.now, cadre.grid) : null
  const visit = slot && scheduled ? { day: input.date, start: slot.start, startAt: shanghaiInstant(input.date, slot.start) } : null
  const paid = service.paidByCard && service.priceFen > 0
  // Each open booking holds one of the cadre's numbered places; a racing booking that took the same place fails at
  // commit on the unique index and tries the next, so never more than MAX_OPEN_BOOKINGS are open.
  for (const openSlot of openSlots) {
    try {
      return await book(openSlot)
    } catch (e) {
      if (!isDuplicateKey(e) || !/open_slot/.test(errorText(e))) throw e
    }
  }
  throw new AppError('TOO_MANY_OPEN')

  async function book(openSlot: string): Promise<BookingView> {
    const booking = await runTransaction(async (tx) => {
      // Everyone who works then may be busy (or taken a moment ago): then the request waits for staff.
      const provider =
        slot && visit && slot.providers.length
          ? await takeTime(tx, { bookingId: id, day: visit.day, start: visit.start, durationMin: service.durationMin }, slot.providers)
          : null
      const doc: BookingDoc = {
        _id: id,
        ...base,
        ...(visit ?? {}),
        ...(provider
          ? {
              ...assignedTo(provider, visit?.startAt),
              history: [...base.history, { ...step(ctx, 'assigned'), byName: '系统就近安排', note: `由${provider.name}上门` }],
            }
          : {}),
        ...(paid ? { heldFen: service.priceFen } : {}),
        openSlot,
      }
      // The card hold goes with the booking: both or neither, and never more than the card has.
      if (paid) await post(tx, ctx, cardPosting(doc, 'hold'))
      await tx.collection(C.bookings).add({ data: { ...doc } })
      return doc
    }, CONTENDED_RETRIES)
    return bookingView(booking, viewerOf(ctx), ctx.now)
  }
}

const errorText = (e: unknown) => `${(e as Error)?.message ?? ''} ${(e as { errMsg?: string })?.errMsg ?? ''}`

/** The cadre's numbered places not held by an open booking (open bookings from before numbering hold one each). */
function freeOpenSlots(cadreId: string, open: BookingDoc[]): string[] {
  const unnumbered = open.filter((b) => !b.openSlot).length
  const held = new Set(open.map((b) => b.openSlot))
  return Array.from({ length: MAX_OPEN_BOOKINGS - unnumbered }, (_v, n) => `${cadreId}#${n}`).filter((k) => !held.has(k))
}

/** The card posting a booking makes: its hold, then the capture on completion or the release otherwise. */
function cardPosting(b: BookingDoc, kind: 'hold' | 'capture' | 'release') {
  return {
    key: ledgerKey[kind](b._id),
    cadreId: b.cadreId,
    communityId: b.communityId,
    kind,
    amountFen: b.heldFen ?? 0,
    what: b.serviceName,
    bookingId: b._id,
  }
}

/** Settles the card for a visit that will not be paid: the hold goes back. */
async function releaseHold(ctx: ActionContext, b: BookingDoc, tx: Transaction) {
  if (b.heldFen) await post(tx, ctx, cardPosting(b, 'release'))
}

function assignedTo(provider: ProviderDoc, startAt: Date | undefined) {
  return {
    status: 'assigned' as const,
    providerId: provider._id,
    providerName: provider.name,
    providerPhone: provider.phone,
    ...(startAt ? { slotKey: slotKeyOf(provider._id, startAt) } : {}),
  }
}

/** How the caller sees a booking, from the relation the router admitted them by. */
function viewerOf(ctx: ActionContext): Viewer {
  const as = ctx.relation
  if (as === 'family') return { as, canBook: ctx.link?.permissions.book === true }
  return as === 'cadre' || as === 'staff' || as === 'provider' ? { as } : { as: 'other' }
}

const PAGE = 30

export async function listBookings(ctx: ActionContext, input: ParsedInput<'booking.list'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const viewer = viewerOf(ctx)
  // Everything still to come (and to rate) on the first page in visit order, then the past newest first.
  const [page, community] = await Promise.all([
    openThenPage<BookingDoc>(
      C.bookings,
      { cadreId: cadre._id, status: _.in([...STILL_TO_ACT]) },
      { cadreId: cadre._id, status: _.nin([...STILL_TO_ACT]) },
      { orderBy: ['createdAt', 'desc'], offset: input.offset, size: PAGE },
    ),
    findById<CommunityDoc>(C.communities, cadre.communityId),
  ])
  return {
    cadreName: cadre.name,
    dutyPhone: community?.dutyPhone ?? '',
    bookings: [...page.open.sort(byVisitTime), ...page.items].map((b) => bookingView(b, viewer, ctx.now)),
    total: page.total,
    next: page.next,
  }
}

export async function getBooking(ctx: ActionContext) {
  const { doc: b } = aboutBooking(ctx)
  const community = await findById<CommunityDoc>(C.communities, b.communityId)
  return { booking: bookingView(b, viewerOf(ctx), ctx.now), dutyPhone: community?.dutyPhone ?? '' }
}

interface StepRule {
  step: Step
  /** The change besides status and history, and the messages it sends. */
  apply?: (ctx: ActionContext, b: BookingDoc, tx: Transaction) => Promise<Partial<BookingDoc>>
}

/**
 * Reads the booking in the transaction, checks when, writes the step; the one path for every step. Who may take
 * it is the contract's declaration, enforced by the router before this runs.
 */
async function takeStep(ctx: ActionContext, bookingId: string, rule: StepRule, note?: string): Promise<BookingView> {
  const viewer = viewerOf(ctx)
  const after = await runTransaction(async (tx) => {
    const b = await readInTx<BookingDoc>(tx, C.bookings, bookingId)
    if (!b) throw new AppError('NOT_FOUND', '没有找到这个预约')
    // Staff may have given the visit to someone else since the router looked.
    if (ctx.relation === 'provider' && b.providerId !== ctx.openid) throw new AppError('FORBIDDEN', '这个上门任务已经改派给别人了')
    const allowedNext = nextStatus(b.status, rule.step, b.urgent)
    if (!allowedNext) throw new AppError('WRONG_STATUS')
    const change = { ...((await rule.apply?.(ctx, b, tx)) ?? {}) }
    // A step may settle the status itself (a waiting request rescheduled to a free time becomes assigned).
    const status = change.status ?? allowedNext
    const entry = step(ctx, status, note)
    const next = { ...b, ...change, status, history: [...b.history, entry] }
    const data: Record<string, unknown> = { ...change, status, history: _.push(entry) }
    if (change.slotKey === undefined && 'slotKey' in change) data.slotKey = _.remove()
    if (b.openSlot && !OPEN.includes(status)) data.openSlot = _.remove()
    await tx.collection(C.bookings).doc(b._id).update({ data })
    return next
  }, CONTENDED_RETRIES)
  return bookingView(after, viewer, ctx.now)
}

/** Past the cut-off only staff (taking the call) may cancel or move a visit; everyone else is given the phone. */
async function keepCutoff(ctx: ActionContext, b: BookingDoc): Promise<void> {
  if (ctx.relation === 'staff' || beforeCutoff(b.startAt ? new Date(b.startAt) : undefined, b.cutoffHours, ctx.now)) return
  const community = await findById<CommunityDoc>(C.communities, b.communityId)
  throw new AppError('TOO_LATE', `离上门时间太近了，网上不能再取消或改时间。请打电话给社区：${community?.dutyPhone ?? ''}`)
}

/** Frees the provider's time and tells them; used by cancel and reject. */
async function release(ctx: ActionContext, b: BookingDoc, tx: Transaction, why: string): Promise<Partial<BookingDoc>> {
  await freeTime(tx, b)
  await releaseHold(ctx, b, tx)
  if (b.providerId)
    await tell(
      [
        message(b.providerId, `${b.serviceName}${why}`, `${b.cadreName} ${whenOf(b, ctx.now)}的上门服务${why}，不用去了。`, ctx.now, {
          page: 'booking',
          id: b._id,
        }),
      ],
      tx,
    )
  return { slotKey: undefined }
}

const whenOf = (b: BookingDoc, now: Date) => (b.day && b.start !== undefined ? visitWords(b.day, b.start, now) : '急修')

export function cancelBooking(ctx: ActionContext, input: ParsedInput<'booking.cancel'>) {
  return takeStep(
    ctx,
    input.bookingId,
    {
      step: 'cancel',
      apply: async (c, b, tx) => {
        await keepCutoff(c, b)
        return release(c, b, tx, '已取消')
      },
    },
    input.reason,
  )
}

export function rejectBooking(ctx: ActionContext, input: ParsedInput<'booking.reject'>) {
  return takeStep(ctx, input.bookingId, { step: 'reject', apply: (c, b, tx) => release(c, b, tx, '未能安排') }, input.reason)
}

export const checkIn = (ctx: ActionContext, input: ParsedInput<'booking.checkIn'>) => takeStep(ctx, input.bookingId, { step: 'checkIn' })

/** Completion takes the held money off the card, in the same transaction as the step. */
export const checkOut = (ctx: ActionContext, input: ParsedInput<'booking.checkOut'>) =>
  takeStep(
    ctx,
    input.bookingId,
    {
      step: 'checkOut',
      apply: async (c, b, tx) => {
        if (b.heldFen) await post(tx, c, cardPosting(b, 'capture'))
        return {}
      },
    },
    input.note,
  )

/** Nobody was home: the visit is not charged. */
export const markNoShow = (ctx: ActionContext, input: ParsedInput<'booking.noShow'>) =>
  takeStep(
    ctx,
    input.bookingId,
    {
      step: 'noShow',
      apply: async (c, b, tx) => {
        await releaseHold(c, b, tx)
        return {}
      },
    },
    input.note,
  )

export const rateBooking = (ctx: ActionContext, input: ParsedInput<'booking.rate'>) =>
  takeStep(ctx, input.bookingId, {
    step: 'rate',
    apply: async () => ({ rating: { stars: input.stars, ...(input.words ? { words: input.words } : {}) } }),
  })

/** Moves a visit to another day or time, with whichever provider is free then. */
export async function rescheduleBooking(ctx: ActionContext, input: ParsedInput<'booking.reschedule'>) {
  const { doc: current } = aboutBooking(ctx)
  const desk = await loadDesk(current.communityId, current.serviceKey, input.date)
  const { start, providers } = candidatesFor(desk, input.date, input.time, ctx.now, current.grid)
  const startAt = shanghaiInstant(input.date, start)
  return takeStep(
    ctx,
    input.bookingId,
    {
      step: 'reschedule',
      apply: async (c, b, tx) => {
        await keepCutoff(c, b)
        await freeTime(tx, b)
        const provider = await takeTime(tx, { bookingId: b._id, day: input.date, start, durationMin: b.durationMin }, providers)
        if (!provider) throw new AppError('SLOT_TAKEN')
        const moved = `${b.cadreName}的${b.serviceName}改到${visitWords(input.date, start, c.now)}`
        const notes = [message(provider._id, '上门时间有变', moved, c.now, { page: 'booking', id: b._id })]
        if (b.providerId && b.providerId !== provider._id)
          notes.push(
            message(b.providerId, `${b.serviceName}改派给别人了`, `${b.cadreName} ${whenOf(b, c.now)}的上门服务不用去了。`, c.now, {
              page: 'booking',
              id: b._id,
            }),
          )
        await tell(notes, tx)
        return { ...assignedTo(provider, startAt), day: input.date, start, startAt, remindedDay: false, remindedSoon: false }
      },
    },
    `改到${visitWords(input.date, start, ctx.now)}`,
  )
}

/** Staff send a provider by hand: a waiting request, an urgent repair, or a reassignment. */
export async function assignBooking(ctx: ActionContext, input: ParsedInput<'booking.assign'>) {
  const provider = await findById<ProviderDoc>(C.providers, input.providerId)
  if (!provider || !provider.active) throw new AppError('NOT_FOUND', '没有找到这位服务人员')
  return takeStep(ctx, input.bookingId, {
    step: 'assign',
    apply: async (c, b, tx) => {
      if (provider.communityId !== b.communityId || !provider.services.includes(b.serviceKey)) throw new AppError('PROVIDER_UNAVAILABLE')
      if (b.providerId === provider._id) throw new AppError('WRONG_STATUS', '已经是这位服务人员了')
      if (b.day && b.start !== undefined) {
        await freeTime(tx, b)
        const free = await takeTime(tx, { bookingId: b._id, day: b.day, start: b.start, durationMin: b.durationMin }, [provider])
        if (!free) throw new AppError('PROVIDER_UNAVAILABLE')
      }
      const when = whenOf(b, c.now)
      const notes = [
        message(provider._id, `新任务：${b.serviceName}`, `${when}，${b.cadreName}，${b.address}`, c.now, { page: 'booking', id: b._id }),
      ]
      if (b.providerId)
        notes.push(
          message(b.providerId, `${b.serviceName}改派给别人了`, `${b.cadreName} ${when}的上门服务不用去了。`, c.now, {
            page: 'booking',
            id: b._id,
          }),
        )
      const cadre = await findById<CadreDoc>(C.cadres, b.cadreId)
      if (cadre?.openid)
        notes.push(
          message(cadre.openid, `${b.serviceName}已安排`, `${when}由${provider.name}上门，电话 ${provider.phone}。`, c.now, {
            page: 'booking',
            id: b._id,
          }),
        )
      await tell(notes, tx)
      return assignedTo(provider, b.startAt ? new Date(b.startAt) : undefined)
    },
  })
}
