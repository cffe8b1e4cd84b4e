// What a scheme is made of, in words: the groups its items belong to and what an automatic item can measure. The
// scheme editor in the mini-program imports this (nothing else of the feature); ./rules.ts figures the measures.

export const ITEM_GROUPS = ['就近学习', '就近活动', '就近关心照顾', '就近发挥作用', '组织保障'] as const
export type ItemGroup = (typeof ITEM_GROUPS)[number]

export const MEASURE_WORDS = {
  reportsInTime: { words: '五必访按规定天数走访率', unit: '%' },
  tasksDone: { words: '逢五排十、节日走访任务完成率', unit: '%' },
  activitiesPerMonth: { words: '平均每月开展活动', unit: '场' },
  attendance: { words: '活动到场率', unit: '%' },
  sosInTime: { words: '一键通 3 分钟内响应率', unit: '%' },
  satisfaction: { words: '上门服务满意率（4–5 星）', unit: '%' },
  studyAtHome: { words: '送学上门', unit: '次' },
  pairingOnCadence: { words: '结对帮扶按要求率', unit: '%' },
  voicesInTime: { words: '意见建议按时办结率', unit: '%' },
} as const
export type Measure = keyof typeof MEASURE_WORDS
export const MEASURE_KEYS = Object.keys(MEASURE_WORDS) as [Measure, ...Measure[]]

/** One item of a scheme. */
export interface SchemeItem {
  id: string
  group: ItemGroup
  text: string
  points: number
  /** Scored from the figures (full points at the target, in proportion below), or by the bureau from evidence. */
  auto?: { measure: Measure; target: number }
}

export interface SchemeShape {
  name: string
  total: number
  /** Pass line as a share of the total, in per cent (85: 85 of 100, 850 of 1,000). */
  passPercent: number
  items: SchemeItem[]
}
