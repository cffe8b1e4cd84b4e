// Each community's service-card policy: what is issued each year and when, whether last year's unused allowance
// expires, and how large an adjustment may be before a second staff member must approve it. The bureau (admin)
// sets it; staff read it. A community that has none uses the defaults.
import { AppError, type CardPolicyView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { CardPolicyDoc } from './docs'
import type { CommunityDoc } from '../people/docs'
import { findAll, findById } from '../../db/access'

import { runTransaction } from '../../db/transaction'
import { DEFAULT_CARD_POLICY, type CardPolicy } from './rules'
import { hasRole } from '../../core/access.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'
import { staffCommunity } from '../../core/scope'

const policyId = (communityId: string) => `${communityId}:card`

export async function cardPolicyOf(communityId: string): Promise<CardPolicy> {
  return (await findById<CardPolicyDoc>(C.policies, policyId(communityId)))?.value ?? DEFAULT_CARD_POLICY
}

/** Staff see their own community's; admins choose any (the first one when they have not chosen yet). */
export async function getCardPolicy(ctx: ActionContext, input: ParsedInput<'cardPolicy.get'>): Promise<CardPolicyView> {
  const isAdmin = hasRole(ctx.caller, 'admin')
  const communities = isAdmin ? await findAll<CommunityDoc>(C.communities, {}) : []
  const communityId = isAdmin ? (input.communityId ?? communities[0]?._id) : staffCommunity(ctx)
  if (!communityId) throw new AppError('NOT_FOUND', '还没有社区')
  return policyView(ctx, communityId, communities)
}

export async function saveCardPolicy(ctx: ActionContext, input: ParsedInput<'cardPolicy.save'>): Promise<CardPolicyView> {
  const { communityId, ...value } = input
  if (!(await findById<CommunityDoc>(C.communities, communityId))) throw new AppError('NOT_FOUND', '没有这个社区')
  await runTransaction(async (tx) => {
    const doc: Omit<CardPolicyDoc, '_id'> = { communityId, topic: 'card', value, updatedBy: ctx.openid, updatedAt: ctx.now }
    await tx.collection(C.policies).doc(policyId(communityId)).set({ data: doc })
    await audit(tx, ctx, 'cardPolicy.save', communityId, { ...value })
  })
  return policyView(ctx, communityId, await findAll<CommunityDoc>(C.communities, {}))
}

async function policyView(ctx: ActionContext, communityId: string, communities: CommunityDoc[]): Promise<CardPolicyView> {
  const [doc, community] = await Promise.all([
    findById<CardPolicyDoc>(C.policies, policyId(communityId)),
    communities.find((c) => c._id === communityId) ?? findById<CommunityDoc>(C.communities, communityId),
  ])
  if (!community) throw new AppError('NOT_FOUND', '没有这个社区')
  return {
    communityId,
    communityName: community.name,
    ...(doc?.value ?? DEFAULT_CARD_POLICY),
    isDefault: !doc,
    canEdit: hasRole(ctx.caller, 'admin'),
    communities: communities.map((c) => ({ id: c._id, name: c.name })),
  }
}
