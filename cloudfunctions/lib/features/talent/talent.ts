// 银发人才库: staff find cadres by what they can do (the care profile's 爱好特长 and the skills they offered),
// invite one to a need (调解, 辅导, 巡逻…), the cadre or family answer, and staff record the hours served — with a
// few words of thanks that go on the 宣传栏 as a 表彰.
import { AppError, type ActionOutput, type InvitationView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findIn, newId, pageOf } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { aboutCadre, aboutInvitation, cadreIfNamed, staffCommunity } from '../../core/scope'
import { dateWords } from '../../core/words.rules'
import { ageOn } from '../../core/time.rules'
import type { CadreDoc, FamilyLinkDoc } from '../people/docs'
import type { CareProfileDoc } from '../care/docs'
import type { ContributionDoc } from '../share/docs'
import { message, tell } from '../messages/messages'
import type { InvitationDoc } from './docs'
import { STATUS_WORDS, fitsNeed, skillsOf } from './rules'

const PAGE = 30

function invitationView(i: InvitationDoc): InvitationView {
  return {
    id: i._id,
    cadreId: i.cadreId,
    cadreName: i.cadreName,
    need: i.need,
    detail: i.detail,
    ...(i.day ? { dayWords: dateWords(i.day) } : {}),
    status: i.status,
    statusWords: i.status === 'served' && i.hours ? `已服务 ${i.hours} 小时` : STATUS_WORDS[i.status],
    invitedByName: i.invitedByName,
    ...(i.hours ? { hours: i.hours } : {}),
  }
}

export async function searchTalent(ctx: ActionContext, input: ParsedInput<'talent.search'>): Promise<ActionOutput<'talent.search'>> {
  const communityId = staffCommunity(ctx)
  const [cadres, offers, served] = await Promise.all([
    findAll<CadreDoc>(C.cadres, { communityId, status: _.nin(['deceased', 'away']) }),
    findAll<ContributionDoc>(C.contributions, { communityId, kind: 'skill', status: _.neq('rejected') }),
    findAll<InvitationDoc>(C.invitations, { communityId, status: 'served' }),
  ])
  const living = cadres.filter((c) => !c.erasedAt)
  const profiles = await findIn<CareProfileDoc>(
    C.careProfiles,
    '_id',
    living.map((c) => c._id),
  )
  const talents = living
    .map((c) => {
      const facts = { hobbies: profiles.find((p) => p._id === c._id)?.hobbies ?? '', offers: offers.filter((o) => o.cadreId === c._id) }
      const hours = served.filter((i) => i.cadreId === c._id).reduce((n, i) => n + (i.hours ?? 0), 0)
      return { c, facts, hours }
    })
    .filter((t) => skillsOf(t.facts).length > 0 && fitsNeed(t.facts, input.word ?? ''))
    .sort((a, b) => b.hours - a.hours || a.c.name.localeCompare(b.c.name, 'zh-CN'))
    .map((t) => ({ cadreId: t.c._id, name: t.c.name, age: ageOn(t.c.birthDate, ctx.now), skills: skillsOf(t.facts), hours: t.hours }))
  const page = pageOf(talents, input.offset, PAGE)
  return { talents: page.items, total: page.total, next: page.next }
}

/** Who hears of an invitation for a cadre: the cadre if they use the mini-program, and family bound to them. */
async function cadreSide(cadre: CadreDoc): Promise<string[]> {
  const links = await findAll<FamilyLinkDoc>(C.familyLinks, { cadreId: cadre._id, status: 'active' })
  return [...new Set([...(cadre.openid ? [cadre.openid] : []), ...links.map((l) => l.familyOpenid)])]
}

export async function invite(ctx: ActionContext, input: ParsedInput<'talent.invite'>): Promise<InvitationView> {
  const { doc: cadre } = aboutCadre(ctx)
  const invitation: InvitationDoc = {
    _id: newId(),
    communityId: cadre.communityId,
    cadreId: cadre._id,
    cadreName: cadre.name,
    need: input.need,
    detail: input.detail,
    ...(input.date ? { day: input.date } : {}),
    status: 'invited',
    invitedBy: ctx.openid,
    invitedByName: ctx.user?.name ?? '',
    invitedAt: ctx.now,
  }
  const [, told] = await Promise.all([db.collection(C.invitations).add({ data: { ...invitation } }), cadreSide(cadre)])
  await tell(
    told.map((to) =>
      message(
        to,
        `社区想请${cadre.name}帮忙${input.need}`,
        `${input.detail}${invitation.day ? `（${dateWords(invitation.day)}）` : ''}。愿意的话请点这里答复。`,
        ctx.now,
        {
          page: 'invitations',
          cadreId: cadre._id,
        },
      ),
    ),
  )
  return invitationView(invitation)
}

export async function answer(ctx: ActionContext, input: ParsedInput<'talent.answer'>): Promise<InvitationView> {
  const { doc: inv, as } = aboutInvitation(ctx)
  const staff = as === 'staff'
  if ('accept' in input) {
    // Who may touch the invitation is the router's to decide; which answer each side gives is the input's shape.
    if (staff) throw new AppError('BAD_INPUT', '要由老人或家属答复，社区只记服务时长')
    const change = {
      status: input.accept ? ('accepted' as const) : ('declined' as const),
      answeredByName: ctx.user?.name ?? '',
      answeredAt: ctx.now,
    }
    // Only an open invitation is answered, so two presses (the cadre and a daughter) answer it once.
    const r = await db.collection(C.invitations).where({ _id: inv._id, status: 'invited' }).update({ data: change })
    if (r.stats.updated !== 1) throw new AppError('INVITATION_ANSWERED')
    await tell([
      message(inv.invitedBy, `${inv.cadreName}${input.accept ? '答应了' : '这次不方便'}：${inv.need}`, inv.detail, ctx.now, {
        page: 'talent',
      }),
    ])
    return invitationView({ ...inv, ...change })
  }
  if (!staff) throw new AppError('BAD_INPUT', '服务时长由社区记，请点“愿意去”或“这次不方便”')
  const served = { status: 'served' as const, hours: input.hours, servedAt: ctx.now }
  const r = await db.collection(C.invitations).where({ _id: inv._id, status: 'accepted' }).update({ data: served })
  if (r.stats.updated !== 1) throw new AppError('INVITATION_NOT_ACCEPTED')
  if (input.commend) {
    // A 表彰 on the community's board, approved as staff write it.
    const thanks: ContributionDoc = {
      _id: `commend-${inv._id}`,
      communityId: inv.communityId,
      cadreId: inv.cadreId,
      cadreName: inv.cadreName,
      kind: 'skill',
      type: '表彰',
      title: `表彰：${inv.cadreName}${inv.need}`,
      detail: input.commend,
      status: 'approved',
      submittedBy: ctx.openid,
      submittedAt: ctx.now,
      decidedBy: ctx.openid,
      decidedByName: ctx.user?.name ?? '',
      decidedAt: ctx.now,
    }
    const { _id, ...data } = thanks
    await db.collection(C.contributions).doc(_id).set({ data })
  }
  return invitationView({ ...inv, ...served })
}

export async function listInvitations(ctx: ActionContext): Promise<ActionOutput<'talent.invitations'>> {
  const cadre = cadreIfNamed(ctx)
  const invitations = cadre
    ? await findAll<InvitationDoc>(C.invitations, { cadreId: cadre.doc._id })
    : await findAll<InvitationDoc>(C.invitations, { communityId: staffCommunity(ctx), status: _.in(['invited', 'accepted']) })
  invitations.sort((a, b) => new Date(b.invitedAt).getTime() - new Date(a.invitedAt).getTime())
  return { invitations: invitations.map(invitationView) }
}
