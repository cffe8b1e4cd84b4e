// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { PushStatusView } from './views'
import { empty } from '../../core/shapes'
import { contract, type Contract } from '../../core/contract'
import { CONSENT_MOMENTS, PUSH_KINDS, PUSH_TEMPLATES } from '../push/rules'

export const pushContracts = {
  'push.status': contract<PushStatusView>()({
    access: { anyone: true },
    summary: '微信提醒：每种提醒我还能收几条',
    input: empty,
  }),
  'push.consent': contract<PushStatusView>()({
    access: { anyone: true },
    summary: '记下在微信里点了“允许”的提醒（点一次，收一条）',
    input: z.strictObject({
      templateIds: z
        .array(z.enum(PUSH_KINDS.map((k) => PUSH_TEMPLATES[k].id) as [string, ...string[]], '没有这种提醒'))
        .check(z.minLength(1, '请至少选一种提醒'), z.maxLength(PUSH_KINDS.length)),
      moment: z.enum(CONSENT_MOMENTS),
    }),
  }),
} satisfies Record<string, Contract>
