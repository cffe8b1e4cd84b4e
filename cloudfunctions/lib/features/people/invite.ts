// The first staff member of a community (or a member of the bureau) opens their role with the invite code the
// deploy's bootstrap step printed: the code is used once, within its days, under the same guessing limits as
// binding codes; the role is added to whatever the person already is.
import { AppError, type ActionOutput, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { runTransaction } from '../../db/transaction'
import { findById, readInTx } from '../../db/access'
import type { ActionContext } from '../../core/context'
import type { Role } from '../../core/contract'
import { audit } from '../../core/audit'
import type { CommunityDoc, InviteCodeDoc, UserDoc } from './docs'
import { codeProblem, withCodeTry } from './guesses'
import { meView } from './views'

export async function acceptInvite(ctx: ActionContext, input: ParsedInput<'me.acceptInvite'>): Promise<ActionOutput<'me.acceptInvite'>> {
  const user = await withCodeTry(ctx, input.code, () =>
    runTransaction(async (tx) => {
      const code = await readInTx<InviteCodeDoc>(tx, C.bindingCodes, input.code)
      const purpose: InviteCodeDoc['purpose'] = code?.purpose === 'admin' ? 'admin' : 'staff'
      const problem = codeProblem(code, purpose, ctx.now)
      if (problem || !code) throw problem ?? new AppError('CODE_INVALID')
      if (purpose === 'staff' && ctx.user?.communityId && ctx.user.communityId !== code.communityId)
        throw new AppError('BAD_INPUT', '您已经是别的社区的人了，请用另一个微信号开通')
      const next: UserDoc = {
        ...(ctx.user ?? { _id: ctx.openid, createdAt: ctx.now }),
        _id: ctx.openid,
        name: code.name,
        roles: [...new Set<Role>([...(ctx.user?.roles ?? []), purpose])],
        activeRole: purpose,
        ...(purpose === 'staff' ? { communityId: code.communityId } : {}),
      }
      await tx
        .collection(C.bindingCodes)
        .doc(code._id)
        .update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
      const { _id, ...data } = next
      await tx.collection(C.users).doc(_id).set({ data })
      await audit(tx, ctx, 'me.acceptInvite', ctx.openid, { role: purpose, ...(code.communityId ? { communityId: code.communityId } : {}) })
      return next
    }),
  )
  const community = user.communityId ? await findById<CommunityDoc>(C.communities, user.communityId) : null
  return meView(ctx.openid, user, community, null, ctx.now)
}
