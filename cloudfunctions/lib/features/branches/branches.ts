// 离岗不离党: retired cadres' party branches. Staff keep their community's branches (the bureau may join several
// communities in one); 组织生活 meetings are activities tied to a branch; the branch page shows each member's
// part in this year's meetings — came, had the material taken home (送学上门), or missed.
import { AppError, type ActionOutput, type BranchView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, findIn, newId } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { cadreIfNamed, staffCommunity } from '../../core/scope'
import { dateWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'
import { shanghaiInstant } from '../services/slots.rules'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { BookingDoc } from '../services/docs'
import type { BranchDoc } from './docs'
import { presenceAt } from './rules'

/** The home service that takes study materials to a cadre (送学上门). */
const STUDY_AT_HOME = 'study'
const PARTY_LIFE = '党组织生活'

function branchView(b: BranchDoc, communities: readonly CommunityDoc[], secretary?: CadreDoc): BranchView {
  return {
    id: b._id,
    name: b.name,
    communityWords: b.communityIds.map((id) => communities.find((c) => c._id === id)?.name ?? '').join('、'),
    ...(secretary ? { secretaryName: secretary.name } : {}),
    members: b.memberIds.length,
  }
}

/** A branch the caller may keep: any for the bureau; for staff, one wholly in their community. */
async function keptBranch(ctx: ActionContext, branchId: string): Promise<BranchDoc> {
  const b = await findById<BranchDoc>(C.branches, branchId)
  const own = ctx.relation === 'admin' || (b?.communityIds.length === 1 && b.communityIds[0] === staffCommunity(ctx))
  if (!b || !own) throw new AppError('NOT_FOUND', '没有找到这个支部')
  return b
}

export async function listBranches(ctx: ActionContext, input: ParsedInput<'branch.list'>): Promise<ActionOutput<'branch.list'>> {
  const cadre = cadreIfNamed(ctx)
  const staff = ctx.relation === 'staff'
  const bureau = !cadre && ctx.relation === 'admin'
  const communityId = cadre ? null : staff ? staffCommunity(ctx) : null
  // Who may join a new branch: staff's own party members; the bureau's, those of the communities it picked.
  const candidatesIn = communityId ? [communityId] : bureau ? (input.candidatesIn ?? []) : []
  const [branches, communities, candidates] = await Promise.all([
    findAll<BranchDoc>(C.branches, cadre ? { memberIds: cadre.doc._id } : communityId ? { communityIds: communityId } : {}),
    findAll<CommunityDoc>(C.communities, {}),
    candidatesIn.length ? findAll<CadreDoc>(C.cadres, { communityId: _.in(candidatesIn), partyMember: true }) : Promise.resolve([]),
  ])
  const across = candidatesIn.length > 1
  const nameOf = (c: CadreDoc) => (across ? `${c.name}（${communities.find((k) => k._id === c.communityId)?.name ?? ''}）` : c.name)
  const secretaries = await findIn<CadreDoc>(
    C.cadres,
    '_id',
    branches.flatMap((b) => (b.secretaryId ? [b.secretaryId] : [])),
  )
  return {
    branches: branches.map((b) =>
      branchView(
        b,
        communities,
        secretaries.find((s) => s._id === b.secretaryId),
      ),
    ),
    candidates: candidates
      .filter((c) => !c.erasedAt && c.status !== 'deceased')
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
      .map((c) => ({ id: c._id, name: nameOf(c) })),
    mayJoinCommunities: bureau,
  }
}

export async function saveBranch(ctx: ActionContext, input: ParsedInput<'branch.save'>): Promise<BranchView> {
  const bureau = ctx.relation === 'admin'
  if (!bureau && input.communityIds) throw new AppError('BAD_INPUT', '社区只能建本社区的支部')
  const communityIds = bureau ? input.communityIds : [staffCommunity(ctx)]
  if (!communityIds) throw new AppError('BAD_INPUT', '请选支部所在的社区')
  const memberIds = [...new Set(input.memberIds)]
  const [existing, members, communities] = await Promise.all([
    input.branchId ? keptBranch(ctx, input.branchId) : Promise.resolve(null),
    findIn<CadreDoc>(C.cadres, '_id', memberIds),
    findAll<CommunityDoc>(C.communities, {}),
  ])
  // Members are living party members of the branch's communities.
  const fits = (c: CadreDoc) => c.partyMember && communityIds.includes(c.communityId) && !c.erasedAt && c.status !== 'deceased'
  const strangers = memberIds.filter((id) => !members.some((c) => c._id === id && fits(c)))
  if (strangers.length) throw new AppError('BAD_INPUT', '支部成员要是本支部所在社区在册的党员')
  const branch: BranchDoc = {
    _id: existing?._id ?? newId(),
    name: input.name,
    communityIds,
    ...(input.secretaryId ? { secretaryId: input.secretaryId } : {}),
    memberIds,
    updatedAt: ctx.now,
  }
  const { _id, ...data } = branch
  await db.collection(C.branches).doc(_id).set({ data })
  return branchView(
    branch,
    communities,
    members.find((m) => m._id === branch.secretaryId),
  )
}

export async function getBranch(ctx: ActionContext, input: ParsedInput<'branch.get'>): Promise<ActionOutput<'branch.get'>> {
  const year = input.year ?? Number(shanghaiDay(ctx.now).slice(0, 4))
  const from = shanghaiInstant(`${year}-01-01`, 0)
  const to = shanghaiInstant(`${year + 1}-01-01`, 0)
  const branch = await keptBranch(ctx, input.branchId)
  const [members, meetings, communities, studies] = await Promise.all([
    findIn<CadreDoc>(C.cadres, '_id', branch.memberIds),
    findAll<ActivityDoc>(C.activities, { branchId: branch._id, category: PARTY_LIFE, startAt: _.and([_.gte(from), _.lt(to)]) }),
    findAll<CommunityDoc>(C.communities, { _id: _.in(branch.communityIds) }),
    findIn<BookingDoc>(C.bookings, 'cadreId', branch.memberIds, { serviceKey: STUDY_AT_HOME, status: _.in(['completed', 'rated']) }),
  ])
  const held = meetings
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
  const signups = await findIn<SignupDoc>(
    C.signups,
    'activityId',
    held.map((m) => m._id),
  )
  const secretary = members.find((m) => m._id === branch.secretaryId)
  const rows = branch.memberIds.flatMap((id) => {
    const m = members.find((c) => c._id === id)
    if (!m) return []
    const homeDays = studies.filter((s) => s.cadreId === id && s.day).map((s) => s.day!)
    const presence = held.map((meeting) =>
      presenceAt(
        new Date(meeting.startAt),
        signups.some((s) => s.activityId === meeting._id && s.cadreId === id && s.attended === true),
        homeDays,
        ctx.now,
      ),
    )
    const times = (p: string) => presence.filter((x) => x === p).length
    return [
      {
        cadreId: id,
        name: m.name,
        secretary: id === branch.secretaryId,
        presence,
        came: times('到会'),
        atHome: times('送学上门'),
        missed: times('缺席'),
      },
    ]
  })
  rows.sort((a, b) => Number(b.secretary) - Number(a.secretary) || a.name.localeCompare(b.name, 'zh-CN'))
  return {
    branch: {
      ...branchView(branch, communities, secretary),
      ...(branch.secretaryId ? { secretaryId: branch.secretaryId } : {}),
      memberIds: branch.memberIds,
    },
    meetings: held.map((m) => ({
      id: m._id,
      title: m.title,
      dateWords: dateWords(shanghaiDay(new Date(m.startAt))),
      held: new Date(m.startAt).getTime() <= ctx.now.getTime(),
    })),
    members: rows,
  }
}
