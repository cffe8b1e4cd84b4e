// Turns stored documents into what the pages show, masking what the viewer should not see in full.
import type { CadreSummary, CommunityView, LinkView, MeView } from '../../contracts'
import type { CadreDoc, CommunityDoc, FamilyLinkDoc, UserDoc } from '../../db/collections'
import { ageOn } from '../../core/time.rules'
import { maskPhone } from '../../core/mask.rules'
import { momentWords } from '../../core/words.rules'

export function cadreSummary(c: CadreDoc, now: Date): CadreSummary {
  return {
    id: c._id,
    name: c.name,
    age: ageOn(c.birthDate, now),
    gender: c.gender,
    rank: c.rank,
    category: c.category,
    phoneMasked: maskPhone(c.phone),
    address: c.address,
    livesAlone: c.livesAlone,
    hasWeChat: !!c.openid,
  }
}

export function communityView(c: CommunityDoc): CommunityView {
  return { id: c._id, name: c.name, dutyPhone: c.dutyPhone }
}

export function linkView(l: FamilyLinkDoc): LinkView {
  return {
    id: l._id,
    cadreId: l.cadreId,
    cadreName: l.cadreName,
    familyName: l.familyName,
    familyPhone: maskPhone(l.familyPhone),
    relation: l.relation,
    status: l.status,
    permissions: l.permissions,
    requestedAt: new Date(l.requestedAt).toISOString(),
    requestedWords: momentWords(new Date(l.requestedAt)),
    via: l.via,
  }
}

export function meView(openid: string, user: UserDoc | null, community: CommunityDoc | null, cadre: CadreDoc | null, now: Date): MeView {
  const roles = user?.roles ?? []
  return {
    openid,
    name: user?.name ?? '',
    roles,
    activeRole: user?.activeRole && roles.includes(user.activeRole) ? user.activeRole : (roles[0] ?? null),
    elderMode: user?.elderMode ?? (roles.length === 0 || roles.includes('cadre')),
    community: community ? communityView(community) : null,
    cadre: cadre ? cadreSummary(cadre, now) : null,
  }
}
