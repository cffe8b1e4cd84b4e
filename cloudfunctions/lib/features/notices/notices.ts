// Notices down (局里的通知): the bureau publishes to every community or to some; each community's staff read them
// and mark them read (the community has read it once any of its staff has); the bureau sees, per notice, which
// communities have read it and which not yet.
import { AppError, type ActionOutput, type NoticeView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, findIn, findPage, isDuplicateKey } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { momentWords } from '../../core/words.rules'
import type { CommunityDoc, UserDoc } from '../people/docs'
import { message, tell } from '../messages/messages'
import type { NoticeDoc, NoticeReadDoc } from './docs'

const PAGE = 20

function noticeView(n: NoticeDoc, communities: readonly CommunityDoc[]): NoticeView {
  const names = n.communityIds?.map((id) => communities.find((c) => c._id === id)?.name ?? '')
  return {
    id: n._id,
    title: n.title,
    body: n.body,
    toWords: names ? names.join('、') : '全市各社区',
    publishedByName: n.publishedByName,
    atWords: momentWords(new Date(n.publishedAt)),
  }
}

/** The notices meant for a community: those for every community, and those naming it. */
const forCommunity = (communityId: string) => _.or([{ communityIds: _.exists(false) }, { communityIds: communityId }])

export async function publishNotice(ctx: ActionContext, input: ParsedInput<'notice.publish'>): Promise<NoticeView> {
  const communities = await findAll<CommunityDoc>(C.communities, {})
  const unknown = input.communityIds?.find((id) => !communities.some((c) => c._id === id))
  if (unknown) throw new AppError('NOT_FOUND', '没有找到选的社区，请刷新后再选')
  const notice: NoticeDoc = {
    // One per filled-in form: pressing 发布 twice publishes (and tells the communities) once.
    _id: `notice-${input.requestId}`,
    title: input.title,
    body: input.body,
    ...(input.communityIds ? { communityIds: [...new Set(input.communityIds)] } : {}),
    publishedBy: ctx.openid,
    publishedByName: ctx.user?.name ?? '',
    publishedAt: ctx.now,
  }
  const { _id, ...data } = notice
  try {
    await db.collection(C.notices).add({ data: { _id, ...data } })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const earlier = await findById<NoticeDoc>(C.notices, _id)
    if (earlier) return noticeView(earlier, communities)
    throw e
  }
  // Told after it is stored: the notice is on every community's list even if a message were lost.
  const staff = await findAll<UserDoc>(C.users, {
    roles: 'staff',
    ...(notice.communityIds ? { communityId: _.in(notice.communityIds) } : {}),
  })
  await tell(staff.map((s) => message(s._id, `局里的通知：${notice.title}`, notice.body.slice(0, 60), ctx.now, { page: 'notices' })))
  return noticeView(notice, communities)
}

export async function listNotices(ctx: ActionContext, input: ParsedInput<'notice.list'>): Promise<ActionOutput<'notice.list'>> {
  if (ctx.relation === 'admin') {
    const [page, communities] = await Promise.all([
      findPage<NoticeDoc>(C.notices, {}, { orderBy: ['publishedAt', 'desc'], offset: input.offset, size: PAGE }),
      findAll<CommunityDoc>(C.communities, {}),
    ])
    const reads = await findIn<NoticeReadDoc>(
      C.noticeReads,
      'noticeId',
      page.items.map((n) => n._id),
    )
    const notices = page.items.map((n) => {
      const meant = n.communityIds ?? communities.map((c) => c._id)
      const read = new Set(reads.filter((r) => r.noticeId === n._id).map((r) => r.communityId))
      const notYet = meant.filter((id) => !read.has(id)).map((id) => communities.find((c) => c._id === id)?.name ?? '')
      return { ...noticeView(n, communities), readBy: { communities: meant.length - notYet.length, of: meant.length, notYet } }
    })
    return { notices, unread: 0, mayPublish: true, total: page.total, next: page.next }
  }
  const communityId = staffCommunity(ctx)
  const [page, communities, readCount] = await Promise.all([
    findPage<NoticeDoc>(C.notices, forCommunity(communityId), { orderBy: ['publishedAt', 'desc'], offset: input.offset, size: PAGE }),
    findAll<CommunityDoc>(C.communities, { _id: communityId }),
    count(C.noticeReads, { communityId }),
  ])
  const reads = await findIn<NoticeReadDoc>(
    C.noticeReads,
    'noticeId',
    page.items.map((n) => n._id),
    { communityId },
  )
  const notices = page.items.map((n) => ({ ...noticeView(n, communities), read: reads.some((r) => r.noticeId === n._id) }))
  return { notices, unread: Math.max(0, page.total - readCount), mayPublish: false, total: page.total, next: page.next }
}

export async function readNotice(ctx: ActionContext, input: ParsedInput<'notice.read'>): Promise<{ unread: number }> {
  const communityId = staffCommunity(ctx)
  const notice = await findById<NoticeDoc>(C.notices, input.noticeId)
  if (!notice || (notice.communityIds && !notice.communityIds.includes(communityId))) throw new AppError('NOT_FOUND', '没有找到这条通知')
  const read: NoticeReadDoc = { _id: `${notice._id}:${communityId}`, noticeId: notice._id, communityId, openid: ctx.openid, at: ctx.now }
  // The first of the community's staff to read it marks it read for the community; a second is no change.
  await db
    .collection(C.noticeReads)
    .add({ data: { ...read } })
    .catch((e: unknown) => {
      if (!isDuplicateKey(e)) throw e
    })
  const [all, readCount] = await Promise.all([count(C.notices, forCommunity(communityId)), count(C.noticeReads, { communityId })])
  return { unread: Math.max(0, all - readCount) }
}
