// The kinds of activity and study material. No imports: the mini-program's pages use these lists too.
export const ACTIVITY_CATEGORIES = ['学习', '文体', '健康讲座', '志愿服务', '党组织生活'] as const
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number]

export const MATERIAL_CATEGORIES = ['政策理论', '健康养生', '党建', '法律'] as const
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number]
