// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod'
import type { ReminderPolicyView } from './views'
import { empty } from '../../core/shapes'
import { contract, type Contract } from '../../core/contract'
import { FESTIVAL_CATALOGUE } from '../reminders/occasions.rules'

/** 逢五排十 starts at a round age between 60 and 100. */
const age = z
  .number()
  .int()
  .min(60, '起始年龄在 60 到 100 岁之间')
  .max(100, '起始年龄在 60 到 100 岁之间')
  .refine((n) => n % 5 === 0, '起始年龄要逢五或逢十，如 70、75、80')

export const remindersContracts = {
  'reminderPolicy.get': contract<ReminderPolicyView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '提醒规则：提前几天提醒、逢五排十的起始年龄、周岁还是虚岁、走访哪些节日、哪天安排年度体检',
    input: empty,
  }),
  'reminderPolicy.save': contract<ReminderPolicyView>()({
    access: { admin: 'any' },
    summary: '老干部局修改全市的提醒规则',
    input: z.strictObject({
      familyLeadDays: z.number().int().min(1, '至少提前 1 天').max(14, '最多提前 14 天'),
      staffLeadDays: z.number().int().min(1, '至少提前 1 天').max(30, '最多提前 30 天'),
      reportDueDays: z.number().int().min(1, '至少 1 天').max(7, '最多 7 天'),
      birthday: z.strictObject({
        thresholds: z.strictObject({ 副县级以上: age, 一般: age }),
        reckoning: z.enum(['full', 'nominal']),
      }),
      festivals: z
        .array(
          z.strictObject({
            key: z.enum(FESTIVAL_CATALOGUE.map((f) => f.key) as [string, ...string[]], '没有这个节日'),
            audience: z.enum(['all', 'partyMembers']),
          }),
        )
        .max(FESTIVAL_CATALOGUE.length)
        .refine((fs) => new Set(fs.map((f) => f.key)).size === fs.length, '同一个节日只能选一次'),
      healthCheck: z.strictObject({
        month: z.number().int().min(1, '月份在 1 到 12 之间').max(12, '月份在 1 到 12 之间'),
        day: z.number().int().min(1, '体检安排日请选每月 1–28 日').max(28, '体检安排日请选每月 1–28 日'),
      }),
    }),
  }),
} satisfies Record<string, Contract>
