// The phone-number button: WeChat hands the mini-program a one-time code, the function trades it for the number
// WeChat holds for this user. The number is remembered as verified, so an approver of a binding can be told that
// the applicant's number is really theirs.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { cloud, db } from '../../db/cloud'
import type { ActionContext } from '../../core/context'

interface PhoneAnswer {
  phoneInfo?: { purePhoneNumber?: string; countryCode?: string }
}

export async function phoneFromWeChat(ctx: ActionContext, input: ParsedInput<'me.phoneFromWeChat'>): Promise<{ phone: string }> {
  let answer: PhoneAnswer
  try {
    answer = (await cloud.openapi.phonenumber.getPhoneNumber({ code: input.code } as never)) as PhoneAnswer
  } catch {
    // A used, expired or made-up code: WeChat refuses it (40029) and the person can tap again or type.
    throw new AppError('PHONE_NOT_GIVEN')
  }
  const phone = answer.phoneInfo?.purePhoneNumber ?? ''
  // Only a mainland mobile fits the rest of the product (masking, the last-four check).
  if (answer.phoneInfo?.countryCode !== '86' || !/^1\d{10}$/.test(phone)) throw new AppError('PHONE_NOT_MAINLAND')
  const verifiedPhone = { phone, at: ctx.now }
  // Someone with no record yet gets one now, as their first binding request would create it.
  if (ctx.user) await db.collection(C.users).doc(ctx.openid).update({ data: { verifiedPhone } })
  else
    await db
      .collection(C.users)
      .doc(ctx.openid)
      .set({ data: { name: '', roles: [], createdAt: ctx.now, verifiedPhone } })
  return { phone }
}
