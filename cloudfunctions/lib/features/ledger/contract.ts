// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import { contract, type Contract } from '../../core/contract'
import { id } from '../../core/shapes'
import type { DownloadView } from '../files/views'

export const ledgerContracts = {
  'ledger.export': contract<DownloadView & { sheets: { name: string; rows: number }[] }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '导出台帐（xlsx，每种台帐一张表）：一个月、一个季度或一年；社区导出本社区的，老干部局可以选一个社区或全市',
    input: z.strictObject({
      period: z.enum(['month', 'quarter', 'year']),
      month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01')),
      communityId: z.optional(id),
    }),
  }),
} satisfies Record<string, Contract>
