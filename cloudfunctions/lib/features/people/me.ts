// The caller's own view: home data, 我的, settings, and a cadre claiming their own record.
import { AppError, type ActionOutput, type HomeView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { BindingCodeDoc, CadreDoc, CommunityDoc, FamilyLinkDoc, UserDoc } from './docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { count, findAll, findById, findIn, isDuplicateKey, readInTx } from '../../db/access'
import { hasRole } from '../../core/access.rules'
import { shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'
import { unreadCount } from '../messages/messages'
import { codeProblem, withCodeTry } from './guesses'
import { cadreSummary, communityView, linkView, meView, type CaredFor } from './views'
import type { BookingDoc } from '../services/docs'
import type { CardAccountDoc } from '../card/docs'
import { byVisitTime, STILL_TO_ACT } from '../services/rules'
import { available, yuanWords } from '../card/rules'
import { visitWords } from '../../core/words.rules'
import { LIVING } from '../roster/living'

async function loadMe(ctx: ActionContext) {
  const user = ctx.user
  const [community, cadre] = await Promise.all([
    user?.communityId ? findById<CommunityDoc>(C.communities, user.communityId) : null,
    user?.cadreId ? findById<CadreDoc>(C.cadres, user.cadreId) : null,
  ])
  return { me: meView(ctx.openid, user, community, cadre, ctx.now), cadre }
}

/** Requests that wait for this caller's decision: their own (as cadre) and their community's (as staff). */
async function approvalsFor(ctx: ActionContext): Promise<FamilyLinkDoc[]> {
  const { caller } = ctx
  const scopes: Record<string, unknown>[] = []
  if (hasRole(caller, 'cadre') && caller.cadreId) scopes.push({ cadreId: caller.cadreId, status: 'pending' })
  if (hasRole(caller, 'staff') && caller.communityId) scopes.push({ communityId: caller.communityId, status: 'pending' })
  if (scopes.length === 0) return []
  const waiting = await findAll<FamilyLinkDoc>(C.familyLinks, scopes.length === 1 ? scopes[0] : _.or(scopes))
  return waiting.sort((a, b) => new Date(a.requestedAt).getTime() - new Date(b.requestedAt).getTime())
}

export async function getHome(ctx: ActionContext): Promise<HomeView> {
  const communityId = hasRole(ctx.caller, 'staff') ? ctx.caller.communityId : undefined
  // The cadres a family member cares for are read beside the links on the hint their record keeps; the links decide.
  const hinted = ctx.user?.caresFor ?? []
  const [{ me }, myLinks, approvals, desk, unreadMessages, early] = await Promise.all([
    loadMe(ctx),
    findAll<FamilyLinkDoc>(C.familyLinks, { familyOpenid: ctx.openid, status: _.in(['active', 'pending']) }),
    approvalsFor(ctx),
    communityId ? staffDesk(communityId, shanghaiDay(ctx.now), ctx.user?.grids ?? []) : Promise.resolve(null),
    unreadCount(ctx.openid),
    caredRecords(hinted),
  ])
  const activeIds = myLinks.filter((l) => l.status === 'active').map((l) => l.cadreId)
  const pending = myLinks.filter((l) => l.status === 'pending')
  // A request still waiting says whom to ask: the community's duty line of the cadre asked for.
  const [late, communities] = await Promise.all([
    caredRecords(activeIds.filter((id) => !hinted.includes(id))),
    pending.length
      ? findIn<CommunityDoc>(
          C.communities,
          '_id',
          pending.map((l) => l.communityId),
        )
      : [],
  ])
  const active = new Set(activeIds)
  const mine = <T extends { _id: string; cadreId?: string }>(docs: T[]) => docs.filter((d) => active.has(d.cadreId ?? d._id))
  const boundCadres = mine([...early.cadres, ...late.cadres])
  const bookings = mine([...early.bookings, ...late.bookings])
  const cards = mine([...early.cards, ...late.cards])
  return {
    me,
    cadres: activeIds.flatMap((id) => boundCadres.filter((c) => c._id === id)).map((c) => cadreSummary(c, ctx.now)),
    cared: activeIds.map((cadreId) => caredFor(cadreId, bookings, cards, ctx.now)),
    pendingApprovals: approvals.map(linkView),
    myPendingRequests: pending.flatMap((l) => {
      const community = communities.find((c) => c._id === l.communityId)
      return community ? [{ ...linkView(l), community: communityView(community) }] : []
    }),
    staff: desk ? { ...desk, pendingBindings: approvals.filter((l) => l.communityId === communityId).length } : null,
    unreadMessages,
  }
}

/** What a family home shows of the cadres named: their records, visits still to come or to rate, and cards. */
async function caredRecords(ids: string[]) {
  if (!ids.length) return { cadres: [], bookings: [], cards: [] }
  const [cadres, bookings, cards] = await Promise.all([
    findIn<CadreDoc>(C.cadres, '_id', ids),
    findIn<BookingDoc>(C.bookings, 'cadreId', ids, { status: _.in([...STILL_TO_ACT]) }),
    findIn<CardAccountDoc>(C.cardAccounts, '_id', ids),
  ])
  return { cadres, bookings, cards }
}

function caredFor(cadreId: string, bookings: BookingDoc[], cards: CardAccountDoc[], now: Date): CaredFor {
  const mine = bookings.filter((b) => b.cadreId === cadreId)
  const card = cards.find((c) => c._id === cadreId)
  return {
    cadreId,
    next: mine
      .filter((b) => b.status !== 'completed')
      .sort(byVisitTime)
      .slice(0, 2)
      .map((b) => ({ bookingId: b._id, words: `${b.urgent ? '急修' : visitWords(b.day ?? '', b.start ?? 0, now)} ${b.serviceName}` })),
    available: card ? yuanWords(available(card)) : null,
    toRate: mine.filter((b) => b.status === 'completed').length,
  }
}

/** What waits in a community, counted for the staff home's tiles (the counts go out together, one wait). */
async function staffDesk(communityId: string, today: string, grids: string[]) {
  const [cadreCount, mine, openSos, overdueTasks, waitingRequests, urgentRequests] = await Promise.all([
    count(C.cadres, { communityId, ...LIVING }),
    grids.length ? count(C.cadres, { communityId, grid: _.in(grids), ...LIVING }) : null,
    count(C.sosEvents, { communityId, status: _.neq('closed') }),
    count(C.tasks, { communityId, status: 'open', dueDay: _.lt(today) }),
    count(C.bookings, { communityId, status: 'requested' }),
    count(C.bookings, { communityId, status: 'requested', urgent: true }),
  ])
  return { cadreCount, mine, grids, openSos, overdueTasks, waitingRequests, urgentRequests }
}

export async function getMe(ctx: ActionContext): Promise<ActionOutput<'me.get'>> {
  const [{ me, cadre }, asFamily, approvals] = await Promise.all([
    loadMe(ctx),
    findAll<FamilyLinkDoc>(C.familyLinks, { familyOpenid: ctx.openid, status: _.in(['active', 'pending']) }),
    approvalsFor(ctx),
  ])
  const asCadre = cadre ? await findAll<FamilyLinkDoc>(C.familyLinks, { cadreId: cadre._id, status: 'active' }) : []
  return { me, links: [...asFamily, ...asCadre].map(linkView), pendingApprovals: approvals.map(linkView) }
}

export async function updateMe(ctx: ActionContext, input: ParsedInput<'me.update'>): Promise<ActionOutput<'me.update'>> {
  if (input.activeRole && !ctx.caller.roles.includes(input.activeRole)) throw new AppError('FORBIDDEN', '您没有这个身份')
  const change: Partial<UserDoc> = {}
  if (input.elderMode !== undefined) change.elderMode = input.elderMode
  if (input.activeRole) change.activeRole = input.activeRole
  if (ctx.user) await db.collection(C.users).doc(ctx.openid).update({ data: change })
  else await db.collection(C.users).add({ data: { _id: ctx.openid, name: '', roles: [], createdAt: ctx.now, ...change } })
  const user: UserDoc = { ...(ctx.user ?? { _id: ctx.openid, name: '', roles: [], createdAt: ctx.now }), ...change }
  return (await loadMe({ ...ctx, user })).me
}

/** A cadre links their own WeChat to the record staff registered, with a code staff gave them in person. */
export async function claimCadre(ctx: ActionContext, input: ParsedInput<'me.claimCadre'>): Promise<ActionOutput<'me.claimCadre'>> {
  if (ctx.caller.cadreId) throw new AppError('ALREADY_CLAIMED', '您已经认领过老干部档案')
  const roles = [...new Set([...(ctx.user?.roles ?? []), 'cadre' as const])]
  try {
    const cadre = await withCodeTry(ctx, input.code, () =>
      runTransaction(async (tx) => {
        const code = await readInTx<BindingCodeDoc>(tx, C.bindingCodes, input.code)
        const problem = codeProblem(code, 'self', ctx.now)
        if (problem || !code) throw problem ?? new AppError('CODE_INVALID')
        const cadre = await readInTx<CadreDoc>(tx, C.cadres, code.cadreId)
        if (!cadre) throw new AppError('CODE_INVALID')
        if (cadre.openid) throw new AppError('ALREADY_CLAIMED')
        await tx
          .collection(C.bindingCodes)
          .doc(code._id)
          .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
        await tx
          .collection(C.cadres)
          .doc(cadre._id)
          .update({ data: { openid: ctx.openid } })
        const user: Omit<UserDoc, '_id'> = {
          name: cadre.name,
          roles,
          activeRole: 'cadre',
          communityId: cadre.communityId,
          cadreId: cadre._id,
          elderMode: ctx.user?.elderMode ?? true,
          createdAt: ctx.user?.createdAt ?? ctx.now,
        }
        await tx.collection(C.users).doc(ctx.openid).set({ data: user })
        return { ...cadre, openid: ctx.openid }
      }),
    )
    const community = await findById<CommunityDoc>(C.communities, cadre.communityId)
    const user: UserDoc = {
      _id: ctx.openid,
      name: cadre.name,
      roles,
      activeRole: 'cadre',
      communityId: cadre.communityId,
      cadreId: cadre._id,
      createdAt: ctx.now,
    }
    return meView(ctx.openid, user, community, cadre, ctx.now)
  } catch (e) {
    // Two people racing for one cadre record: the unique index on cadres.openid lets one win.
    if (isDuplicateKey(e)) throw new AppError('ALREADY_CLAIMED')
    throw e
  }
}
