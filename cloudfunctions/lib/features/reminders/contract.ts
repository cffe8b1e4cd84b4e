// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { ReminderPolicyView } from './views'
import { empty } from '../../core/shapes'
import { contract, type Contract } from '../../core/contract'
import { FESTIVAL_CATALOGUE } from '../reminders/occasions.rules'

/** 逢五排十 starts at a round age between 60 and 100. */
const age = z.int().check(
  z.gte(60, '起始年龄在 60 到 100 岁之间'),
  z.lte(100, '起始年龄在 60 到 100 岁之间'),
  z.refine((n) => n % 5 === 0, '起始年龄要逢五或逢十，如 70、75、80'),
)

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
      familyLeadDays: z.int().check(z.gte(1, '至少提前 1 天'), z.lte(14, '最多提前 14 天')),
      staffLeadDays: z.int().check(z.gte(1, '至少提前 1 天'), z.lte(30, '最多提前 30 天')),
      reportDueDays: z.int().check(z.gte(1, '至少 1 天'), z.lte(7, '最多 7 天')),
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
        .check(
          z.maxLength(FESTIVAL_CATALOGUE.length),
          z.refine((fs) => new Set(fs.map((f) => f.key)).size === fs.length, '同一个节日只能选一次'),
        ),
      healthCheck: z.strictObject({
        month: z.int().check(z.gte(1, '月份在 1 到 12 之间'), z.lte(12, '月份在 1 到 12 之间')),
        day: z.int().check(z.gte(1, '体检安排日请选每月 1–28 日'), z.lte(28, '体检安排日请选每月 1–28 日')),
      }),
    }),
  }),
} satisfies Record<string, Contract>
