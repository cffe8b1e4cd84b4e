// 一键通. The call for help is written first; then the first tier is told. Telling is a separate step that may
// fail and is retried by the minutely sweep, which also moves on to the next tier when nobody has acknowledged
// in time. Every step is written into the event, in words, as it happens.
import { AppError, type ActionOutput, type ParsedInput, type SosView } from '../../contracts'
import { C } from '../../db/collections'
import type { CadreDoc, CommunityDoc, FamilyLinkDoc, UserDoc } from '../people/docs'
import type { CareProfileDoc } from '../care/docs'
import type { SosEventDoc } from './docs'
import { _, db } from '../../db/cloud'
import { findAll, findById, findIn, findMany, isDuplicateKey, openThenPage } from '../../db/access'
import { DEFAULT_SOS_POLICY, FAMILY_TIER, tiersFor, type Recipient, type Tier } from './rules'
import { momentWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { message, tell } from '../messages/messages'
import { logSensitiveRead } from '../care/care'
import { HEALTH_FIELDS, healthSummary } from '../care/rules'
import { keeperFirst, keeperOf } from '../roster/rules'
import { aboutCadre, aboutSosEvent, staffCommunity } from '../../core/scope'

function statusWords(e: SosEventDoc): string {
  if (e.status === 'closed') return `已处理完：${e.outcome ?? ''}`
  if (e.status === 'acknowledged') return `${e.acknowledgedAsStaff ? '社区' : '家属'}已响应（${e.acknowledgedByName ?? ''}）`
  return `正在通知${e.tiers[e.tier]?.name ?? '社区'}`
}

function sosView(e: SosEventDoc, dutyPhone: string): SosView {
  return {
    id: e._id,
    cadreId: e.cadreId,
    cadreName: e.cadreName,
    address: e.address,
    atWords: momentWords(new Date(e.at)),
    status: e.status,
    statusWords: statusWords(e),
    steps: e.steps.map((s) => ({ atWords: momentWords(new Date(s.at)), words: s.words })),
    dutyPhone,
  }
}

const dutyPhoneOf = async (communityId: string) => (await findById<CommunityDoc>(C.communities, communityId))?.dutyPhone ?? ''
export const step = (now: Date, words: string) => _.push({ at: now, words })

/** The id of a cadre's n-th call: two presses at the same instant try to write the same document, and one wins. */
const sosIdOf = (cadreId: string, n: number) => `${cadreId}:sos:${n}`

export async function raiseSos(ctx: ActionContext): Promise<SosView> {
  const { doc: cadre } = aboutCadre(ctx)
  const since = new Date(ctx.now.getTime() - DEFAULT_SOS_POLICY.repeatWithinMin * 60_000)
  // A second press (or cadre and daughter at once) joins the call already open.
  const joinable = (e: SosEventDoc | null): e is SosEventDoc => !!e && e.status === 'open' && new Date(e.at) >= since
  const seq = cadre.sosSeq ?? 0
  const [latest, family, staff, dutyPhone] = await Promise.all([
    seq ? findById<SosEventDoc>(C.sosEvents, sosIdOf(cadre._id, seq)) : null,
    familyToTell(cadre._id, ctx.openid),
    staffToTell(cadre.communityId, cadre.grid),
    dutyPhoneOf(cadre.communityId),
  ])
  if (joinable(latest)) return sosView(latest, dutyPhone)
  const event: Omit<SosEventDoc, '_id'> = {
    cadreId: cadre._id,
    cadreName: cadre.name,
    communityId: cadre.communityId,
    address: cadre.address,
    ...(cadre.grid ? { grid: cadre.grid } : {}),
    raisedBy: ctx.openid,
    raisedByName: ctx.user?.name ?? cadre.name,
    at: ctx.now,
    status: 'open',
    tiers: tiersFor(family, staff),
    tier: 0,
    notifiedTier: -1,
    tierSince: ctx.now,
    steps: [{ at: ctx.now, words: `${ctx.user?.name ?? cadre.name}按了一键通` }],
  }
  // The next number is normally free; a press that won it a moment ago is joined; a number left by a run that
  // stopped before counting it (closed or old) is passed over.
  for (let n = seq + 1; n <= seq + 3; n++) {
    const _id = sosIdOf(cadre._id, n)
    // The count moves on with the write (from what it was, so a racing press cannot move it back); a count moved
    // past a call that failed to be written only makes the next press pass over that number.
    const [stored] = await Promise.all([
      db
        .collection(C.sosEvents)
        .add({ data: { _id, ...event } })
        .then(() => true)
        .catch((e: unknown) => {
          if (isDuplicateKey(e)) return false
          throw e
        }),
      db
        .collection(C.cadres)
        .where({ _id: cadre._id, sosSeq: n - 1 > 0 ? n - 1 : _.exists(false) })
        .update({ data: { sosSeq: n } })
        .catch(() => null),
    ])
    if (!stored) {
      const other = await findById<SosEventDoc>(C.sosEvents, _id)
      if (joinable(other)) return sosView(other, dutyPhone)
      continue
    }
    // Stored: from here a failed notice is retried by the sweep, so it must not fail the press.
    // Tier 0 is told whom the press just read (no second read before the first message goes out).
    const first = event.tiers[0]?.name === FAMILY_TIER ? family : staff
    const told = await notifyTier(ctx, { _id, ...event }, 0, first).catch(() => null)
    return sosView(told ?? { _id, ...event }, dutyPhone)
  }
  throw new AppError('INTERNAL')
}

/** Family told of a call: those whose link is active and grants 一键通 now (not when the call began). */
async function familyToTell(cadreId: string, except?: string): Promise<Recipient[]> {
  const links = await findAll<FamilyLinkDoc>(C.familyLinks, { cadreId, status: 'active' })
  return links.filter((l) => l.permissions.sos && l.familyOpenid !== except).map((l) => ({ openid: l.familyOpenid, name: l.familyName }))
}

/** The community's staff, the keeper of the cadre's grid first. */
async function staffToTell(communityId: string, grid?: string): Promise<Recipient[]> {
  const staff = await findAll<UserDoc>(C.users, { communityId, roles: 'staff' })
  const keeper = keeperOf(staff, grid)
  return keeperFirst(staff, grid).map((s) => ({ openid: s._id, name: s.name, ...(s === keeper ? { keeper: true as const } : {}) }))
}

/** Who a tier is at the moment of telling: a link ended or a permission withdrawn since the press is not told. */
function recipientsNow(e: SosEventDoc, tier: Tier): Promise<Recipient[]> {
  return tier.name === FAMILY_TIER ? familyToTell(e.cadreId, e.raisedBy) : staffToTell(e.communityId, e.grid)
}

/**
 * Tells one tier and records it; only once per tier, whoever gets there first. The record follows the messages, so
 * a tier is never marked told when its messages failed (the sweep then tries again).
 */
export async function notifyTier(ctx: ActionContext, e: SosEventDoc, tier: number, readJustNow?: Recipient[]): Promise<SosEventDoc> {
  const t = e.tiers[tier]
  if (!t) return e
  const to = readJustNow ?? (await recipientsNow(e, t))
  const title = `一键通求助：${e.cadreName}`
  const body = `${e.cadreName}在${momentWords(new Date(e.at))}按了一键通。住址：${e.address}。请马上联系，联系上请在小程序里点“我来处理”。`
  // Family answer on their home page; staff on the duty console.
  const opens = t.name === FAMILY_TIER ? ({ page: 'home' } as const) : ({ page: 'sosConsole' } as const)
  await tell(to.map((r) => message(r.openid, r.keeper ? `【您负责的${e.grid}】${title}` : title, body, ctx.now, opens)))
  const names = to.map((r) => (r.keeper ? `${r.name}（网格负责人）` : r.name))
  const words = to.length ? `已通知${t.name}：${names.join('、')}` : `${t.name}现在没有可以通知的人`
  await db
    .collection(C.sosEvents)
    .where({ _id: e._id, notifiedTier: _.lt(tier) })
    .update({ data: { notifiedTier: tier, steps: step(ctx.now, words) } })
  return { ...e, notifiedTier: tier, steps: [...e.steps, { at: ctx.now, words }] }
}

async function change(ctx: ActionContext, e: SosEventDoc, when: object, data: Partial<SosEventDoc>, words: string) {
  const r = await db
    .collection(C.sosEvents)
    .where({ _id: e._id, ...when })
    .update({ data: { ...data, steps: step(ctx.now, words) } })
  if (r.stats.updated !== 1) throw new AppError('WRONG_STATUS', '这次求助已经有人处理了，请刷新看看')
  const [fresh, dutyPhone] = await Promise.all([findById<SosEventDoc>(C.sosEvents, e._id), dutyPhoneOf(e.communityId)])
  return sosView(fresh ?? e, dutyPhone)
}

/** Everyone told of a call up to `tier`, read beside the change that makes them worth telling again. */
function reachedUpTo(e: SosEventDoc, tier: number): Promise<Recipient[][]> {
  const reached = Promise.all(e.tiers.slice(0, tier + 1).map((t) => recipientsNow(e, t)))
  reached.catch(() => undefined)
  return reached
}

export async function acknowledgeSos(ctx: ActionContext) {
  const { doc: e, as } = aboutSosEvent(ctx)
  const name = ctx.user?.name ?? ''
  const asStaff = as === 'staff'
  const reaching = reachedUpTo(e, e.tier)
  const view = await change(
    ctx,
    e,
    { status: 'open' },
    { status: 'acknowledged', acknowledgedBy: ctx.openid, acknowledgedByName: name, acknowledgedAsStaff: asStaff, acknowledgedAt: ctx.now },
    `${asStaff ? '社区' : '家属'}${name}已响应`,
  )
  const reached = await reaching
  const told = new Set([e.raisedBy, ...reached.flat().map((r) => r.openid)])
  told.delete(ctx.openid)
  await tell(
    [...told].map((openid) =>
      message(openid, `${asStaff ? '社区' : '家属'}已响应：${e.cadreName}`, `${name}正在处理${e.cadreName}的求助。`, ctx.now),
    ),
  )
  return view
}

export async function noteSos(ctx: ActionContext, input: ParsedInput<'sos.note'>) {
  const { doc: e } = aboutSosEvent(ctx)
  return change(ctx, e, {}, {}, `${ctx.user?.name ?? ''}：${input.text}`)
}

export async function closeSos(ctx: ActionContext, input: ParsedInput<'sos.close'>) {
  const { doc: e } = aboutSosEvent(ctx)
  return change(
    ctx,
    e,
    { status: _.neq('closed') },
    { status: 'closed', outcome: input.outcome, closedAt: ctx.now },
    `${ctx.user?.name ?? ''}处理完毕：${input.outcome}`,
  )
}

/**
 * 我没事了（误按）: the person (or family with 一键通, or staff) ends a call pressed by mistake; everyone already told
 * (and the raiser) hears that all is well, so nobody keeps worrying or comes to the door for nothing.
 */
export async function standDownSos(ctx: ActionContext) {
  const { doc: e } = aboutSosEvent(ctx)
  const name = ctx.user?.name ?? ''
  const reaching = reachedUpTo(e, e.notifiedTier)
  const view = await change(
    ctx,
    e,
    { status: _.neq('closed') },
    { status: 'closed', outcome: '误按，老人没事', closedAt: ctx.now },
    `${name}说：我没事了（误按）`,
  )
  const reached = await reaching
  const told = new Set([e.raisedBy, ...reached.flat().map((r) => r.openid)])
  told.delete(ctx.openid)
  await tell(
    [...told].map((openid) => message(openid, `没事了：${e.cadreName}`, `${e.cadreName}的求助是误按，老人没事，不用再联系了。`, ctx.now)),
  )
  return view
}

export async function sosStatus(ctx: ActionContext) {
  const { doc: cadre } = aboutCadre(ctx)
  const [latest] = await findMany<SosEventDoc>(C.sosEvents, { cadreId: cadre._id }, { orderBy: ['at', 'desc'], limit: 1 })
  return { event: latest ? sosView(latest, await dutyPhoneOf(cadre.communityId)) : null }
}

const CLOSED_PAGE = 30

/**
 * Every call not yet closed, however old (oldest first: the longest waiting on top), then the last week's closed
 * ones newest first, a page at a time.
 */
export async function sosConsole(ctx: ActionContext, input: ParsedInput<'sos.console'>): Promise<ActionOutput<'sos.console'>> {
  const communityId = staffCommunity(ctx)
  const since = new Date(ctx.now.getTime() - 7 * 86_400_000)
  const [page, dutyPhone] = await Promise.all([
    openThenPage<SosEventDoc>(
      C.sosEvents,
      { communityId, status: _.neq('closed') },
      { communityId, status: 'closed', at: _.gte(since) },
      { orderBy: ['at', 'desc'], offset: input.offset, size: CLOSED_PAGE },
    ),
    dutyPhoneOf(communityId),
  ])
  const ordered = [...page.open.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()), ...page.items]
  const cadreIds = ordered.map((e) => e.cadreId)
  const [cadres, links, profiles, staff] = await Promise.all([
    findIn<CadreDoc>(C.cadres, '_id', cadreIds),
    findIn<FamilyLinkDoc>(C.familyLinks, 'cadreId', cadreIds, { status: 'active' }),
    findIn<CareProfileDoc>(C.careProfiles, '_id', cadreIds),
    findAll<UserDoc>(C.users, { communityId, roles: 'staff' }),
  ])
  // The responder sees health only while the call is open; each such read is logged.
  const healthOf = (e: SosEventDoc) => (e.status === 'closed' ? undefined : profiles.find((p) => p._id === e.cadreId)?.health)
  const shown = cadres.filter((c) => ordered.some((e) => e.cadreId === c._id && healthOf(e)))
  await Promise.all(shown.map((c) => logSensitiveRead(ctx, c, HEALTH_FIELDS, '一键通值班台', '社区工作人员')))
  return {
    events: ordered.map((e) => {
      const cadre = cadres.find((c) => c._id === e.cadreId)
      const health = healthOf(e)
      const grid = cadre?.grid ?? e.grid
      const keeper = keeperOf(staff, grid)
      return {
        ...sosView(e, dutyPhone),
        ...(cadre?.phone ? { phone: cadre.phone } : {}),
        livesAlone: cadre?.livesAlone ?? false,
        health: health ? healthSummary(health) : '',
        contacts: (profiles.find((p) => p._id === e.cadreId)?.contacts ?? []).map((c) => ({ ...c, callable: true })),
        family: links.filter((l) => l.cadreId === e.cadreId).map((l) => ({ name: l.familyName, relation: l.relation })),
        ...(grid ? { grid } : {}),
        ...(keeper ? { keeperName: keeper.name } : {}),
        mine: keeper?._id === ctx.openid,
      }
    }),
    open: page.openCount,
    total: page.total,
    next: page.next,
  }
}
