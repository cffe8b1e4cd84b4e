// 联系卡: every number that matters to one cadre on one card, in the order someone in trouble would call them —
// the community's duty line, the grid's staff member, family who accepted, 物业, the health station, the
// responsible doctor, the paired volunteer, the original unit, then 110 and 120. Read together, nothing masked
// (only those who look after the cadre may open it).
import type { ActionOutput, ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { findAll, findById, findIn } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { aboutCadre } from '../../core/scope'
import type { CommunityDoc, FamilyLinkDoc, UserDoc } from '../people/docs'
import type { ProviderDoc } from '../services/docs'
import type { PairDoc } from '../pairing/docs'
import type { CareProfileDoc } from './docs'
import { keeperOf } from '../roster/rules'
import { contactCardLines } from './rules'

export async function contactCard(ctx: ActionContext, input: ParsedInput<'contactCard.get'>): Promise<ActionOutput<'contactCard.get'>> {
  const { doc: cadre } = aboutCadre(ctx)
  const [community, staff, links, profile, pairs] = await Promise.all([
    findById<CommunityDoc>(C.communities, cadre.communityId),
    findAll<UserDoc>(C.users, { communityId: cadre.communityId, roles: 'staff' }),
    findAll<FamilyLinkDoc>(C.familyLinks, { cadreId: input.cadreId, status: 'active' }),
    findById<CareProfileDoc>(C.careProfiles, cadre._id),
    findAll<PairDoc>(C.pairs, { cadreId: cadre._id, active: true }),
  ])
  const providerIds = [...(cadre.doctorId ? [cadre.doctorId] : []), ...pairs.map((p) => p.volunteerId)]
  const providers = await findIn<ProviderDoc>(C.providers, '_id', providerIds)
  const keeper = keeperOf(staff, cadre.grid)
  return {
    cadreName: cadre.name,
    address: cadre.address,
    lines: contactCardLines({
      community,
      keeper: keeper?.verifiedPhone ? { name: keeper.name, phone: keeper.verifiedPhone.phone, grid: cadre.grid ?? '' } : undefined,
      family: links.flatMap((l) => (l.familyPhone ? [{ name: l.familyName, relation: l.relation, phone: l.familyPhone }] : [])),
      doctor: providers.find((p) => p._id === cadre.doctorId),
      volunteers: providers.filter((p) => pairs.some((x) => x.volunteerId === p._id)),
      contacts: profile?.contacts ?? [],
    }),
  }
}
