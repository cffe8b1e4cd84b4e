// 迁出: a cadre moving to another community. Staff of the old community ask for it (cadre.transfer); staff of the
// new one see it (transfer.list) and accept it (cadre.acceptTransfer). Accepting moves the record, the service
// card (balance to the fen), the care profile and the history in one transaction; then the family links follow,
// and what belonged to the old community's care ends: open home visits are cancelled (held money back), open visit
// tasks are closed, pairings end.
import { historyEntry } from './history'
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, readInTx } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import type { ActionContext } from '../../core/context'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { audit } from '../../core/audit'
import { momentWords } from '../../core/words.rules'
import { message, tell } from '../messages/messages'
import { OPEN } from '../services/rules'
import { cancelBooking } from '../services/booking'
import type { BookingDoc } from '../services/docs'
import type { CadreDoc, CommunityDoc, UserDoc } from '../people/docs'
import { HISTORY_KEPT } from './rules'
import { cadreRecord } from './records'
import type { TransferView } from './views'

const staffOf = (communityId: string) => findAll<UserDoc>(C.users, { communityId, roles: 'staff' })

const moved = (ctx: ActionContext, what: string, from: string, to: string, reason?: string) =>
  historyEntry(ctx, what, [{ field: 'communityId', label: '所属社区', from, to }], reason)

export async function requestTransfer(ctx: ActionContext, input: ParsedInput<'cadre.transfer'>) {
  const { doc: cadre } = aboutCadre(ctx)
  if ((cadre.rev ?? 0) !== input.rev) throw new AppError('CADRE_CHANGED')
  if (cadre.status === 'deceased') throw new AppError('BAD_INPUT', '老人已去世，不能迁出')
  const [from, to] = await Promise.all([
    findById<CommunityDoc>(C.communities, cadre.communityId),
    input.toCommunityId ? findById<CommunityDoc>(C.communities, input.toCommunityId) : null,
  ])
  if (input.toCommunityId && (!to || to._id === cadre.communityId)) throw new AppError('BAD_INPUT', '请选一个别的社区')
  const rev = (cadre.rev ?? 0) + 1
  const entry = to
    ? moved(ctx, `申请迁出到${to.name}`, from?.name ?? '', `${to.name}（待接收）`, input.reason)
    : moved(ctx, '撤回迁出申请', `${cadre.transfer?.toName ?? ''}（待接收）`, from?.name ?? '', input.reason)
  const saved = await db
    .collection(C.cadres)
    .where({ _id: cadre._id, rev: cadre.rev === undefined ? _.exists(false) : cadre.rev })
    .update({
      data: {
        transfer: to
          ? { to: to._id, toName: to.name, from: cadre.communityId, fromName: from?.name ?? '', at: ctx.now, byName: ctx.user?.name ?? '' }
          : _.remove(),
        rev,
        updatedAt: ctx.now,
        history: _.push({ each: [entry], slice: -HISTORY_KEPT }),
      },
    })
  if (saved.stats.updated !== 1) throw new AppError('CADRE_CHANGED')
  if (to)
    await tell(
      (await staffOf(to._id)).map((s) =>
        message(
          s._id,
          `迁入申请：${cadre.name}`,
          `${from?.name ?? ''}申请把${cadre.name}迁到本社区，请在“名册”的“迁入迁出”里接收。`,
          ctx.now,
        ),
      ),
    )
  return cadreRecord({ ...cadre, rev }, to ? `申请迁出到${to.name}，等对方接收` : '已撤回迁出申请')
}

export async function listTransfers(ctx: ActionContext): Promise<TransferView> {
  const communityId = staffCommunity(ctx)
  const [incoming, outgoing] = await Promise.all([
    findAll<CadreDoc>(C.cadres, { 'transfer.to': communityId }),
    findAll<CadreDoc>(C.cadres, { communityId, 'transfer.to': _.exists(true) }),
  ])
  const view = (c: CadreDoc) => ({
    cadreId: c._id,
    name: c.name,
    fromName: c.transfer!.fromName,
    toName: c.transfer!.toName,
    askedWords: `${momentWords(new Date(c.transfer!.at))} ${c.transfer!.byName}申请`,
  })
  return { incoming: incoming.map(view), outgoing: outgoing.map(view) }
}

export async function acceptTransfer(ctx: ActionContext, input: ParsedInput<'cadre.acceptTransfer'>) {
  const here = staffCommunity(ctx)
  const cadre = await findById<CadreDoc>(C.cadres, input.cadreId)
  // Only the community it is moving to sees the request at all.
  if (!cadre?.transfer || cadre.transfer.to !== here) throw new AppError('NOT_FOUND', '没有这条迁入申请')
  const { from, fromName, toName } = cadre.transfer
  const rev = (cadre.rev ?? 0) + 1
  await runTransaction(async (tx) => {
    const now = await readInTx<CadreDoc>(tx, C.cadres, cadre._id)
    if (now?.transfer?.to !== here || (now.rev ?? 0) !== (cadre.rev ?? 0)) throw new AppError('CADRE_CHANGED')
    const [account, profile] = await Promise.all([readInTx(tx, C.cardAccounts, cadre._id), readInTx(tx, C.careProfiles, cadre._id)])
    await tx
      .collection(C.cadres)
      .doc(cadre._id)
      .update({
        data: {
          communityId: here,
          transfer: _.remove(),
          // The old community's grid means nothing here; staff place the cadre in a grid of theirs.
          grid: _.remove(),
          rev,
          updatedAt: ctx.now,
          history: _.push({ each: [moved(ctx, `迁入${toName}`, fromName, toName)], slice: -HISTORY_KEPT }),
        },
      })
    // The card keeps its balance and ledger: only whose community it is changes.
    if (account)
      await tx
        .collection(C.cardAccounts)
        .doc(cadre._id)
        .update({ data: { communityId: here } })
    if (profile)
      await tx
        .collection(C.careProfiles)
        .doc(cadre._id)
        .update({ data: { communityId: here } })
    await audit(tx, ctx, 'cadre.acceptTransfer', cadre._id, { from, to: here })
  })
  const of = (collection: string, query: Record<string, unknown>) => db.collection(collection).where({ cadreId: cadre._id, ...query })
  const [bookings, fromStaff] = await Promise.all([
    findAll<BookingDoc>(C.bookings, { cadreId: cadre._id, communityId: from, status: _.in([...OPEN]) }),
    staffOf(from),
    of(C.familyLinks, {}).update({ data: { communityId: here } }),
    of(C.tasks, { communityId: from, status: 'open' }).update({ data: { status: 'done', doneAt: ctx.now } }),
    of(C.pairs, { communityId: from, active: true }).update({ data: { active: false } }),
  ])
  // The old community's providers will not come: their visits are cancelled, the held money back on the card.
  for (const b of bookings) await cancelBooking(ctx, { bookingId: b._id, reason: `已迁到${toName}` }).catch(() => undefined)
  await tell(
    fromStaff.map((s) =>
      message(s._id, `迁出完成：${cadre.name}`, `${toName}已接收${cadre.name}，档案、服务卡和家属绑定都已转过去。`, ctx.now),
    ),
  )
  return cadreRecord({ ...cadre, communityId: here, transfer: undefined, grid: undefined, rev }, `已迁入${toName}（原${fromName}）`)
}

export async function listCommunities() {
  const all = await findAll<CommunityDoc>(C.communities, {})
  return { communities: all.map((c) => ({ id: c._id, name: c.name, district: c.district })) }
}
