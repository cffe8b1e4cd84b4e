// The kinds of activity and study material. No imports: the mini-program's pages use these lists too.
export const ACTIVITY_CATEGORIES = ['学习', '文体', '健康讲座', '志愿服务', '党组织生活'] as const
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number]

export const MATERIAL_CATEGORIES = ['政策理论', '健康养生', '党建', '法律'] as const
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number]

/** What a cadre offers the community (就近发挥作用): a skill to volunteer, or a work for the notice board. */
export const CONTRIBUTION_KINDS = { skill: '我能出力', work: '我的作品' } as const
export const WORK_TYPES = ['诗词', '书法', '绘画', '摄影', '文章'] as const
export const SKILL_TYPES = ['义务巡逻', '青少年辅导', '调解邻里', '书画教学', '其他'] as const
