// Booking a home visit for oneself or on a cadre's behalf, and every step of its life after that.
// A change that touches more than one document (booking, the provider's day, a message) is one transaction.
import { AppError, type BookingView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { BookingDoc, BookingHistoryEntry, ProviderDoc } from './docs'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import type { CardAccountDoc } from '../card/docs'
import { _ } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { findById, findMany, isDuplicateKey, newId, openThenPage, readInTx } from '../../db/access'
import type { Transaction } from '../../db/types'
import { beforeCutoff, byVisitTime, MAX_OPEN_BOOKINGS, nextStatus, OPEN, STILL_TO_ACT, type Step } from './rules'
import { shanghaiInstant, slotAt, toMinutes, withinHorizon } from './slots.rules'
import type { ActionContext } from '../../core/context'
import { bookingView, type Viewer } from './views'
import { chooseTime, freeTime, holdTime, slotKeyOf, type TimeChoice } from './bookingTime'
import { aboutBooking, aboutCadre } from '../../core/scope'
import { loadDesk, providerDayId, slotQuery, type Desk } from './catalog'
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

/** Checks a day and time against the service's hours; answers who works then (who is free is read in the transaction). */
function candidatesFor(desk: Desk, day: string, time: string, now: Date, grid?: string) {
  if (!withinHorizon(day, now)) throw new AppError('SLOT_INVALID', '只能预约今天起两周内的时间')
  const start = toMinutes(time)
  const slot = slotAt(slotQuery(desk, day, now, grid), start)
  if (!slot) throw new AppError('SLOT_INVALID')
  const byId = new Map(desk.providers.map((p) => [p._id, p]))
  return { start, providers: slot.providers.map((id) => byId.get(id)!) }
}

/**
 * Waits: the router's reads (with the transaction begun beside them); the service, its providers and the cadre's
 * open bookings beside the card (the transaction's first operation); the providers' days; every write at once;
 * the commit.
 */
export async function createBooking(ctx: ActionContext, input: ParsedInput<'booking.create'>): Promise<BookingView> {
  const { doc: cadre, as } = aboutCadre(ctx)
  if (!servedAtHome(cadre.status)) throw new AppError('CADRE_AWAY')
  const scheduled = 'date' in input
  const reads = Promise.all([
    loadDesk(cadre.communityId, input.serviceKey),
    findMany<BookingDoc>(C.bookings, { cadreId: cadre._id, status: _.in([...OPEN]) }, { limit: MAX_OPEN_BOOKINGS }),
  ])
  reads.catch(() => undefined)
  const id = newId()
  // Each open booking holds one of the cadre's numbered places; a racing booking that took the same place fails at
  // commit on the unique index and tries another free one, so never more than MAX_OPEN_BOOKINGS are open. (A
  // conflict retry inside runTransaction keeps its place: only a place found taken is set aside.)
  const held = new Set<string>()
  let openSlot: string | undefined
  for (;;) {
    try {
      return bookingView(await runTransaction(book, CONTENDED_RETRIES, ctx.ahead), viewerOf(ctx), ctx.now)
    } catch (e) {
      if (!openSlot || !isDuplicateKey(e) || !/open_slot/.test(errorText(e))) throw e
      held.add(openSlot)
    }
  }

  async function book(tx: Transaction): Promise<BookingDoc> {
    const [account, [desk, open]] = await Promise.all([readInTx<CardAccountDoc>(tx, C.cardAccounts, cadre._id), reads])
    const { service } = desk
    // Urgent repairs need no slot: they wait on the duty staff's dispatch board, at any hour.
    if (!scheduled && !service.urgent) throw new AppError('SLOT_INVALID', '这项服务需要选一个上门时间')
    const slot = scheduled ? candidatesFor(desk, input.date, input.time, ctx.now, cadre.grid) : null
    const visit = slot && scheduled ? { day: input.date, start: slot.start, startAt: shanghaiInstant(input.date, slot.start) } : null
    // Any free place will do; picking one at random keeps a family's simultaneous bookings off the same one.
    const free = freeOpenSlots(cadre._id, open).filter((k) => !held.has(k))
    openSlot = free[Math.floor(Math.random() * free.length)]
    if (!openSlot) throw new AppError('TOO_MANY_OPEN')
    // Everyone who works then may be busy (or taken a moment ago): then the request waits for staff.
    const time =
      slot && visit && slot.providers.length
        ? await chooseTime(
            tx,
            { bookingId: id, day: visit.day, start: visit.start, durationMin: service.durationMin },
            slot.providers,
            cadre.grid,
          )
        : null
    const paid = service.paidByCard && service.priceFen > 0
    const requested = step(ctx, 'requested', as === 'cadre' ? undefined : `代${cadre.name}预约`)
    const doc: BookingDoc = {
      _id: id,
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
      history: [requested],
      createdAt: ctx.now,
      ...(visit ?? {}),
      ...(time
        ? {
            ...assignedTo(time.provider, visit?.startAt),
            history: [requested, { ...step(ctx, 'assigned'), byName: '系统就近安排', note: `由${time.provider.name}上门` }],
          }
        : {}),
      ...(paid ? { heldFen: service.priceFen } : {}),
      openSlot,
    }
    // The card hold goes with the booking: both or neither, and never more than the card has.
    await Promise.all([
      time ? holdTime(tx, time) : null,
      paid ? post(tx, ctx, cardPosting(doc, 'hold'), account) : null,
      tx.collection(C.bookings).add({ data: { ...doc } }),
    ])
    return doc
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
const releaseHold = (ctx: ActionContext, b: BookingDoc, tx: Transaction) => (b.heldFen ? post(tx, ctx, cardPosting(b, 'release')) : null)

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

/** What a step does besides moving the status: its change to the booking, and its other writes, already sent. */
interface Effect {
  change?: Partial<BookingDoc>
  /** Null where there is nothing to write. */
  writes?: (Promise<unknown> | null)[]
}

interface StepRule {
  step: Step
  /** Reads what the step needs, then sends its other writes (they go out together with the booking's). */
  apply?: (ctx: ActionContext, b: BookingDoc, tx: Transaction) => Promise<Effect>
}

/**
 * Reads the booking in the transaction, checks when, writes the step; the one path for every step. Who may take
 * it is the contract's declaration, enforced by the router before this runs.
 */
async function takeStep(ctx: ActionContext, bookingId: string, rule: StepRule, note?: string): Promise<BookingView> {
  const viewer = viewerOf(ctx)
  const after = await runTransaction(
    async (tx) => {
      const b = await readInTx<BookingDoc>(tx, C.bookings, bookingId)
      if (!b) throw new AppError('NOT_FOUND', '没有找到这个预约')
      // Staff may have given the visit to someone else since the router looked.
      if (ctx.relation === 'provider' && b.providerId !== ctx.openid) throw new AppError('FORBIDDEN', '这个上门任务已经改派给别人了')
      const allowedNext = nextStatus(b.status, rule.step, b.urgent)
      if (!allowedNext) throw new AppError('WRONG_STATUS')
      const { change = {}, writes = [] } = (await rule.apply?.(ctx, b, tx)) ?? {}
      // A step may settle the status itself (a waiting request rescheduled to a free time becomes assigned).
      const status = change.status ?? allowedNext
      const entry = step(ctx, status, note)
      const data: Record<string, unknown> = { ...change, status, history: _.push(entry) }
      if (change.slotKey === undefined && 'slotKey' in change) data.slotKey = _.remove()
      if (b.openSlot && !OPEN.includes(status)) data.openSlot = _.remove()
      await Promise.all([...writes, tx.collection(C.bookings).doc(b._id).update({ data })])
      return { ...b, ...change, status, history: [...b.history, entry] }
    },
    CONTENDED_RETRIES,
    ctx.ahead,
  )
  return bookingView(after, viewer, ctx.now)
}

/** Past the cut-off only staff (taking the call) may cancel or move a visit; everyone else is given the phone. */
async function keepCutoff(ctx: ActionContext, b: BookingDoc): Promise<void> {
  if (ctx.relation === 'staff' || beforeCutoff(b.startAt ? new Date(b.startAt) : undefined, b.cutoffHours, ctx.now)) return
  const community = await findById<CommunityDoc>(C.communities, b.communityId)
  throw new AppError('TOO_LATE', `离上门时间太近了，网上不能再取消或改时间。请打电话给社区：${community?.dutyPhone ?? ''}`)
}

/** Frees the provider's time, gives the hold back and tells the provider; used by cancel and reject. */
function release(ctx: ActionContext, b: BookingDoc, tx: Transaction, why: string): Effect {
  const told = b.providerId
    ? tell(
        [
          message(b.providerId, `${b.serviceName}${why}`, `${b.cadreName} ${whenOf(b, ctx.now)}的上门服务${why}，不用去了。`, ctx.now, {
            page: 'booking',
            id: b._id,
          }),
        ],
        tx,
      )
    : null
  return { change: { slotKey: undefined }, writes: [freeTime(tx, b), releaseHold(ctx, b, tx), told] }
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
  return takeStep(ctx, input.bookingId, { step: 'reject', apply: async (c, b, tx) => release(c, b, tx, '未能安排') }, input.reason)
}

export const checkIn = (ctx: ActionContext, input: ParsedInput<'booking.checkIn'>) => takeStep(ctx, input.bookingId, { step: 'checkIn' })

/** Completion takes the held money off the card, in the same transaction as the step. */
export const checkOut = (ctx: ActionContext, input: ParsedInput<'booking.checkOut'>) =>
  takeStep(
    ctx,
    input.bookingId,
    {
      step: 'checkOut',
      apply: async (c, b, tx) => ({ writes: b.heldFen ? [post(tx, c, cardPosting(b, 'capture'))] : [] }),
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
      apply: async (c, b, tx) => ({ writes: [releaseHold(c, b, tx)] }),
    },
    input.note,
  )

export const rateBooking = (ctx: ActionContext, input: ParsedInput<'booking.rate'>) =>
  takeStep(ctx, input.bookingId, {
    step: 'rate',
    apply: async () => ({ change: { rating: { stars: input.stars, ...(input.words ? { words: input.words } : {}) } } }),
  })

/** The provider's time on the visit's old day goes back, unless the visit stays in that same day's document. */
const freeOldTime = (tx: Transaction, b: BookingDoc, time: TimeChoice | null) =>
  b.providerId && b.day && providerDayId(b.providerId, b.day) !== time?.dayId ? [freeTime(tx, b)] : []

/** Moves a visit to another day or time, with whichever provider is free then. */
export async function rescheduleBooking(ctx: ActionContext, input: ParsedInput<'booking.reschedule'>) {
  const { doc: current } = aboutBooking(ctx)
  const desk = loadDesk(current.communityId, current.serviceKey)
  desk.catch(() => undefined)
  const moved = `改到${visitWords(input.date, toMinutes(input.time), ctx.now)}`
  return takeStep(
    ctx,
    input.bookingId,
    {
      step: 'reschedule',
      apply: async (c, b, tx) => {
        const { start, providers } = candidatesFor(await desk, input.date, input.time, c.now, b.grid)
        await keepCutoff(c, b)
        const time = await chooseTime(tx, { bookingId: b._id, day: input.date, start, durationMin: b.durationMin }, providers, b.grid)
        if (!time) throw new AppError('SLOT_TAKEN')
        const notes = [
          message(time.provider._id, '上门时间有变', `${b.cadreName}的${b.serviceName}${moved}`, c.now, { page: 'booking', id: b._id }),
        ]
        if (b.providerId && b.providerId !== time.provider._id)
          notes.push(
            message(b.providerId, `${b.serviceName}改派给别人了`, `${b.cadreName} ${whenOf(b, c.now)}的上门服务不用去了。`, c.now, {
              page: 'booking',
              id: b._id,
            }),
          )
        const startAt = shanghaiInstant(input.date, start)
        return {
          change: { ...assignedTo(time.provider, startAt), day: input.date, start, startAt, remindedDay: false, remindedSoon: false },
          writes: [holdTime(tx, time), ...freeOldTime(tx, b, time), tell(notes, tx)],
        }
      },
    },
    moved,
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
      const visit = b.day && b.start !== undefined ? { bookingId: b._id, day: b.day, start: b.start, durationMin: b.durationMin } : null
      const [time, cadre] = await Promise.all([visit ? chooseTime(tx, visit, [provider]) : null, findById<CadreDoc>(C.cadres, b.cadreId)])
      if (visit && !time) throw new AppError('PROVIDER_UNAVAILABLE')
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
      if (cadre?.openid)
        notes.push(
          message(cadre.openid, `${b.serviceName}已安排`, `${when}由${provider.name}上门，电话 ${provider.phone}。`, c.now, {
            page: 'booking',
            id: b._id,
          }),
        )
      return {
        change: assignedTo(provider, b.startAt ? new Date(b.startAt) : undefined),
        writes: [...(time ? [holdTime(tx, time), ...freeOldTime(tx, b, time)] : []), tell(notes, tx)],
      }
    },
  })
}
