// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import { contract, type Contract } from '../../core/contract'
import { id } from '../../core/shapes'
import { RANKED_FIGURES, type RankedFigure } from './figures.rules'
import type { CityStats, CommunityStats, ProviderQuality } from './views'

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01'))
const figure = z.enum(Object.keys(RANKED_FIGURES) as [RankedFigure, ...RankedFigure[]])

export const statsContracts = {
  'stats.overview': contract<CityStats>()({
    access: { admin: 'any' },
    summary: '全市的月度数字：各社区按所选指标排名，全市十二个月的走势，和去年同月比',
    input: z.strictObject({ month: z.optional(month), figure: z.optional(figure) }),
  }),
  'stats.community': contract<CommunityStats>()({
    access: { staff: 'any', admin: 'any' },
    summary: '一个社区的月度数字（社区看本社区，老干部局看任一社区）：名册、五必访、上门服务、服务卡、一键通、活动、学习',
    input: z.strictObject({ month: z.optional(month), figure: z.optional(figure), communityId: z.optional(id) }),
  }),
  'stats.providers': contract<{ month: string; providers: ProviderQuality[] }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '服务人员的质量：派了多少单、完成、没上门成、评价（社区看本社区，老干部局看一个社区或全市），问题多的在前',
    input: z.strictObject({ month: z.optional(month), communityId: z.optional(id) }),
  }),
} satisfies Record<string, Contract>
