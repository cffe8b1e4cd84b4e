// 就近发挥作用: cadres (or family for them) offer a skill or post a work; nothing is public until staff of the
// community approve it; approved ones make the 宣传栏 that every cadre of the community sees.
import { AppError, type ContributionView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { CadreDoc } from '../people/docs'
import type { ContributionDoc } from './docs'
import { db } from '../../db/cloud'
import { findAll, findById, findPage, newId } from '../../db/access'
import { momentWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { message, tell } from '../messages/messages'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { photoViews } from '../files/files'
import { takePhotos } from '../files/tickets'
import type { PhotoView } from '../files/views'

/** How the board names each kind (the form asks in the first person: 我能出力 / 我的作品). */
const KIND_WORDS = { skill: '志愿服务', work: '作品' } as const
const STATUS_WORDS = { pending: '等社区审核', approved: '已上宣传栏', rejected: '社区没有通过' } as const

function contributionView(c: ContributionDoc, photos: PhotoView[]): ContributionView {
  return {
    id: c._id,
    cadreId: c.cadreId,
    cadreName: c.cadreName,
    kind: c.kind,
    kindWords: KIND_WORDS[c.kind],
    type: c.type,
    title: c.title,
    detail: c.detail,
    ...(c.image ? { image: c.image } : {}),
    photos,
    status: c.status,
    statusWords: c.status === 'rejected' && c.note ? `${STATUS_WORDS.rejected}：${c.note}` : STATUS_WORDS[c.status],
    atWords: momentWords(new Date(c.submittedAt)),
  }
}

export async function submitContribution(ctx: ActionContext, input: ParsedInput<'contribution.submit'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const { photos } = await takePhotos(ctx.openid, 'workPhoto', 'photos' in input ? (input.photos ?? []) : [])
  const doc: ContributionDoc = {
    _id: newId(),
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    kind: input.kind,
    type: input.type,
    title: input.title,
    detail: input.detail,
    ...(photos.length ? { photos } : {}),
    status: 'pending',
    submittedBy: ctx.openid,
    submittedAt: ctx.now,
  }
  await db.collection(C.contributions).add({ data: { ...doc } })
  return contributionView(
    doc,
    photos.map((p) => ({ fileRef: p.fileRef, url: '' })),
  )
}

const PAGE = 30
const newestFirst = (a: ContributionDoc, b: ContributionDoc) => new Date(b.submittedAt).getTime() - new Date(a.submittedAt).getTime()

/** The board a page at a time; a person's own submissions (a handful a year) all on the first page. */
export async function contributionBoard(ctx: ActionContext, input: ParsedInput<'contribution.board'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const [board, mine] = await Promise.all([
    findPage<ContributionDoc>(
      C.contributions,
      { communityId: cadre.communityId, status: 'approved' },
      { orderBy: ['submittedAt', 'desc'], offset: input.offset, size: PAGE },
    ),
    input.offset ? Promise.resolve([]) : findAll<ContributionDoc>(C.contributions, { cadreId: cadre._id }),
  ])
  const shown = [...board.items, ...mine.sort(newestFirst)]
  // Every picture of the page, the board's and the cadre's own, addressed in one call.
  const photos = await photoViews(shown, (c) => c.photos)
  return {
    board: board.items.map((c, i) => contributionView(c, photos[i])),
    mine: mine.map((c, i) => contributionView(c, photos[board.items.length + i])),
    total: board.total,
    next: board.next,
  }
}

export async function reviewContributions(ctx: ActionContext, input: ParsedInput<'contribution.review'>) {
  const page = await findPage<ContributionDoc>(
    C.contributions,
    { communityId: staffCommunity(ctx), status: 'pending' },
    { orderBy: ['submittedAt', 'asc'], offset: input.offset, size: PAGE },
  )
  const photos = await photoViews(page.items, (c) => c.photos)
  return { pending: page.items.map((c, i) => contributionView(c, photos[i])), total: page.total, next: page.next }
}

export async function decideContribution(ctx: ActionContext, input: ParsedInput<'contribution.decide'>) {
  const communityId = staffCommunity(ctx)
  const c = await findById<ContributionDoc>(C.contributions, input.contributionId)
  if (!c || c.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这一条')
  const decision = {
    status: input.approve ? ('approved' as const) : ('rejected' as const),
    decidedBy: ctx.openid,
    decidedByName: ctx.user?.name ?? '',
    decidedAt: ctx.now,
    ...(input.note ? { note: input.note } : {}),
  }
  // Only a pending one is decided, so two staff pressing at once decide it once.
  const r = await db.collection(C.contributions).where({ _id: c._id, status: 'pending' }).update({ data: decision })
  if (r.stats.updated !== 1) throw new AppError('ALREADY_DECIDED', '这一条已经审核过了')
  const decided = { ...c, ...decision }
  const cadre = await findById<CadreDoc>(C.cadres, c.cadreId)
  const to = new Set([c.submittedBy, ...(cadre?.openid ? [cadre.openid] : [])])
  const words = input.approve ? '已上社区宣传栏，谢谢您！' : `社区没有通过：${input.note ?? ''}`
  await tell([...to].map((openid) => message(openid, `“${c.title}”${input.approve ? '通过了' : '没有通过'}`, words, ctx.now)))
  return contributionView(decided, (await photoViews([decided], (x) => x.photos))[0])
}
