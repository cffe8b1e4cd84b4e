// The reminder policy, one for the city, set by the bureau (admin) and read by staff: how far ahead family and
// staff are told, 逢五排十 thresholds and 周岁/虚岁, which festivals are visited and for whom, and the day the
// year's health checks are arranged. The daily job reads it at the start of each run; without one it uses the
// defaults. A changed lead time takes effect from the next run (keys still stop any occasion being told twice).
import type { ParsedInput } from '../../contracts'
import type { ReminderPolicyView } from './views'
import { C } from '../../db/collections'
import type { ReminderPolicyDoc } from './docs'
import { findById } from '../../db/access'

import { runTransaction } from '../../db/transaction'
import { DEFAULT_REMINDER_POLICY, FESTIVAL_CATALOGUE, type ReminderPolicy } from './occasions.rules'
import { hasRole } from '../../core/access.rules'
import { momentWords } from '../../core/words.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'

const POLICY_ID = 'reminders'

/** The stored policy over the defaults, so a policy saved before a field existed still has it. */
export async function reminderPolicyOf(): Promise<ReminderPolicy> {
  const doc = await findById<ReminderPolicyDoc>(C.policies, POLICY_ID)
  return { ...DEFAULT_REMINDER_POLICY, ...(doc?.value ?? {}) }
}

async function view(ctx: ActionContext): Promise<ReminderPolicyView> {
  const doc = await findById<ReminderPolicyDoc>(C.policies, POLICY_ID)
  return {
    ...DEFAULT_REMINDER_POLICY,
    ...(doc?.value ?? {}),
    isDefault: !doc,
    canEdit: hasRole(ctx.caller, 'admin'),
    updatedWords: doc ? momentWords(new Date(doc.updatedAt)) : '',
    catalogue: FESTIVAL_CATALOGUE,
  }
}

export const getReminderPolicy = (ctx: ActionContext) => view(ctx)

export async function saveReminderPolicy(ctx: ActionContext, input: ParsedInput<'reminderPolicy.save'>): Promise<ReminderPolicyView> {
  const value: ReminderPolicy = {
    ...input,
    festivals: input.festivals.map((f) => ({ ...FESTIVAL_CATALOGUE.find((c) => c.key === f.key)!, audience: f.audience })),
  }
  await runTransaction(async (tx) => {
    const doc: Omit<ReminderPolicyDoc, '_id'> = { topic: 'reminders', value, updatedBy: ctx.openid, updatedAt: ctx.now }
    await tx.collection(C.policies).doc(POLICY_ID).set({ data: doc })
    await audit(tx, ctx, 'reminderPolicy.save', POLICY_ID, { ...value })
  })
  return view(ctx)
}
