// 意见建议 up: a cadre or family member sends a suggestion, opinion or complaint to the community; staff reply
// (the first reply accepts it) and finish it by its due day; past that the bureau sees it and may take it over;
// the sender reads every reply and rates the answer once it is finished.
import { AppError, type ActionOutput, type ParsedInput, type VoiceView } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, findPage, openThenPage, readInTx } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import type { ActionContext } from '../../core/context'
import { aboutCadre, aboutVoice, staffCommunity } from '../../core/scope'
import { dateWords, momentWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'
import type { UserDoc } from '../people/docs'
import type { BookingDoc } from '../services/docs'
import { message, tell } from '../messages/messages'
import { photoViews } from '../files/files'
import { takePhotos } from '../files/tickets'
import type { PhotoView } from '../files/views'
import type { VoiceDoc, VoiceReply } from './docs'
import { STATUS_WORDS, dueAtFor, dueWords, isOverdue, statusAfterReply } from './rules'

const PAGE = 20

function voiceView(v: VoiceDoc, photos: PhotoView[], now: Date, canRate: boolean): VoiceView {
  return {
    id: v._id,
    cadreId: v.cadreId,
    cadreName: v.cadreName,
    kind: v.kind,
    text: v.text,
    photos,
    ...(v.serviceName ? { aboutWords: `关于${v.serviceName}${v.providerName ? `（${v.providerName}）` : ''}` } : {}),
    ...(v.providerName ? { providerName: v.providerName } : {}),
    status: v.status,
    statusWords: STATUS_WORDS[v.status],
    dueWords: dueWords(v, now),
    overdue: isOverdue(v, now),
    fromWords: v.submittedAs === 'family' ? `家属 ${v.submittedByName} 代老人发` : `${v.cadreName}本人发`,
    atWords: momentWords(new Date(v.submittedAt)),
    replies: v.replies.map((r) => ({
      whoWords: r.from === 'bureau' ? `老干部局 ${r.byName}（督办）` : `社区 ${r.byName}`,
      text: r.text,
      atWords: momentWords(new Date(r.at)),
      closed: !!r.closed,
    })),
    takenOver: !!v.takenOverByName,
    ...(v.rating ? { rating: { stars: v.rating.stars, ...(v.rating.words ? { words: v.rating.words } : {}) } } : {}),
    canRate: canRate && v.status === 'closed' && !v.rating,
  }
}

async function viewsOf(voices: readonly VoiceDoc[], now: Date, canRate: boolean): Promise<VoiceView[]> {
  const photos = await photoViews(voices, (v) => v.photos)
  return voices.map((v, i) => voiceView(v, photos[i], now, canRate))
}

export async function submitVoice(ctx: ActionContext, input: ParsedInput<'voice.submit'>): Promise<VoiceView> {
  const { doc: cadre, as } = aboutCadre(ctx)
  const [staff, { photos }, booking] = await Promise.all([
    findAll<UserDoc>(C.users, { communityId: cadre.communityId, roles: 'staff' }),
    takePhotos(ctx.openid, 'voicePhoto', input.photos ?? []),
    input.bookingId ? findById<BookingDoc>(C.bookings, input.bookingId) : Promise.resolve(null),
  ])
  if (input.bookingId && booking?.cadreId !== cadre._id) throw new AppError('NOT_FOUND', '没有找到这次上门服务')
  const voice: VoiceDoc = {
    // One per filled-in form: pressing 发送 twice, or again after a lost answer, sends it once.
    _id: `voice:${cadre._id}:${input.requestId}`,
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    kind: input.kind,
    text: input.text,
    ...(photos.length ? { photos } : {}),
    ...(booking
      ? {
          bookingId: booking._id,
          serviceName: `${booking.day ? `${dateWords(booking.day)}的` : ''}${booking.serviceName}`,
          ...(booking.providerId ? { providerId: booking.providerId, providerName: booking.providerName ?? '' } : {}),
        }
      : {}),
    status: 'new',
    submittedBy: ctx.openid,
    submittedByName: ctx.user?.name ?? '',
    submittedAs: as === 'family' ? 'family' : 'cadre',
    submittedAt: ctx.now,
    dueAt: dueAtFor(input.kind, ctx.now),
    replies: [],
  }
  const title = `${cadre.name}${as === 'family' ? '（家属代发）' : ''}的${input.kind}`
  const body = `${input.text}。请在${dateWords(shanghaiDay(voice.dueAt))}前答复办结。`
  const saved = await runTransaction(async (tx) => {
    const earlier = await readInTx<VoiceDoc>(tx, C.voices, voice._id)
    if (earlier) return earlier
    const { _id, ...data } = voice
    await Promise.all([
      tx.collection(C.voices).doc(_id).set({ data }),
      tell(
        staff.map((s) => message(s._id, title, body, ctx.now, { page: 'voiceDesk' })),
        tx,
      ),
    ])
    return voice
  })
  return (await viewsOf([saved], ctx.now, true))[0]
}

const soonestDue = (a: VoiceDoc, b: VoiceDoc) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime()

/**
 * One cadre's voices (newest first), or a desk: the community's open ones all on the first page (soonest due
 * first) then the finished a page at a time; the bureau's open ones past their day, then those it took over.
 */
export async function listVoices(ctx: ActionContext, input: ParsedInput<'voice.list'>): Promise<ActionOutput<'voice.list'>> {
  if (ctx.subject) {
    const { doc: cadre, as } = aboutCadre(ctx)
    const [page, open] = await Promise.all([
      findPage<VoiceDoc>(C.voices, { cadreId: cadre._id }, { orderBy: ['submittedAt', 'desc'], offset: input.offset, size: PAGE }),
      count(C.voices, { cadreId: cadre._id, status: _.neq('closed') }),
    ])
    const senders = as === 'cadre' || as === 'family'
    return { voices: await viewsOf(page.items, ctx.now, senders), open, total: page.total, next: page.next }
  }
  const bureau = ctx.relation === 'admin'
  const page = bureau
    ? await openThenPage<VoiceDoc>(
        C.voices,
        { status: _.neq('closed'), dueAt: _.lt(ctx.now) },
        { status: 'closed', takenOverByName: _.exists(true) },
        { orderBy: ['closedAt', 'desc'], offset: input.offset, size: PAGE },
      )
    : await openThenPage<VoiceDoc>(
        C.voices,
        { communityId: staffCommunity(ctx), status: _.neq('closed') },
        { communityId: staffCommunity(ctx), status: 'closed' },
        { orderBy: ['closedAt', 'desc'], offset: input.offset, size: PAGE },
      )
  const shown = [...page.open.sort(soonestDue), ...page.items]
  return { voices: await viewsOf(shown, ctx.now, false), open: page.openCount, total: page.total, next: page.next }
}

export async function replyVoice(ctx: ActionContext, input: ParsedInput<'voice.reply'>): Promise<VoiceView> {
  const { doc: v, as } = aboutVoice(ctx)
  const bureau = as === 'admin'
  if (v.status === 'closed') throw new AppError('VOICE_CLOSED')
  if (bureau && !isOverdue(v, ctx.now) && !v.takenOverByName) throw new AppError('VOICE_NOT_OVERDUE')
  const byName = ctx.user?.name ?? ''
  const reply: VoiceReply = {
    by: ctx.openid,
    byName,
    from: bureau ? 'bureau' : 'community',
    text: input.text,
    at: ctx.now,
    ...(input.close ? { closed: true as const } : {}),
  }
  const change = {
    status: statusAfterReply(input.close),
    replies: _.push([reply]),
    ...(input.close ? { closedAt: ctx.now } : {}),
    ...(bureau && !v.takenOverByName ? { takenOverByName: byName } : {}),
  }
  const [r, staff] = await Promise.all([
    // Only an open one is answered, so two people finishing it at once finish it once.
    db
      .collection(C.voices)
      .where({ _id: v._id, status: _.neq('closed') })
      .update({ data: change }),
    bureau ? findAll<UserDoc>(C.users, { communityId: v.communityId, roles: 'staff' }) : Promise.resolve([]),
  ])
  if (r.stats.updated !== 1) throw new AppError('VOICE_CLOSED')
  const answered: VoiceDoc = {
    ...v,
    status: change.status,
    replies: [...v.replies, reply],
    ...(input.close ? { closedAt: ctx.now } : {}),
    ...(bureau && !v.takenOverByName ? { takenOverByName: byName } : {}),
  }
  const who = bureau ? '老干部局' : '社区'
  await tell([
    message(
      v.submittedBy,
      `${who}${input.close ? '办结了' : '答复了'}您的${v.kind}`,
      `${input.text}${input.close ? '。请给这次答复打个分。' : ''}`,
      ctx.now,
      { page: 'voices', cadreId: v.cadreId },
    ),
    ...staff.map((s) => message(s._id, `老干部局督办：${v.cadreName}的${v.kind}`, input.text, ctx.now, { page: 'voiceDesk' })),
  ])
  return (await viewsOf([answered], ctx.now, false))[0]
}

export async function rateVoice(ctx: ActionContext, input: ParsedInput<'voice.rate'>): Promise<VoiceView> {
  const { doc: v } = aboutVoice(ctx)
  if (v.status !== 'closed') throw new AppError('VOICE_NOT_CLOSED')
  if (v.rating) throw new AppError('VOICE_RATED')
  const rating = { stars: input.stars, ...(input.words ? { words: input.words } : {}), at: ctx.now }
  const r = await db
    .collection(C.voices)
    .where({ _id: v._id, status: 'closed', rating: _.exists(false) })
    .update({ data: { rating } })
  if (r.stats.updated !== 1) throw new AppError('VOICE_RATED')
  return (await viewsOf([{ ...v, rating }], ctx.now, true))[0]
}
