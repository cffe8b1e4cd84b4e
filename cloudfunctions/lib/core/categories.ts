// The kinds of activity and study material. No imports: the mini-program's pages use these lists too.
export const ACTIVITY_CATEGORIES = ['学习', '文体', '健康讲座', '志愿服务', '党组织生活'] as const
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number]

export const MATERIAL_CATEGORIES = ['政策理论', '健康养生', '党建', '法律'] as const
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number]

/** What a cadre offers the community (就近发挥作用): a skill to volunteer, or a work for the notice board. */
export const CONTRIBUTION_KINDS = { skill: '我能出力', work: '我的作品' } as const
export const WORK_TYPES = ['诗词', '书法', '绘画', '摄影', '文章'] as const
/** Works that are pictures: they come with at least one photo. */
export const PICTURED_WORKS: readonly string[] = ['书法', '绘画', '摄影']
export const SKILL_TYPES = ['义务巡逻', '青少年辅导', '调解邻里', '书画教学', '其他'] as const

/** The care profile (四个必须知道): who to call, in this order, and the answers the forms offer. */
export const CONTACT_KINDS = ['家属', '原单位联系人', '社区工作人员', '责任医生'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]
export const HOUSEHOLDS = ['独居', '空巢（与老伴同住）', '与子女同住', '其他'] as const
export const SELF_CARE_LEVELS = ['自理', '半自理', '不能自理'] as const
/** How the cadre's separate consent to storing health data was given (PIPL art. 29). */
export const CONSENT_METHODS = ['本人在小程序确认', '本人书面签字', '监护人书面签字'] as const

/** 五必访 reports (family, the cadre or staff), and every kind of visit task staff see on 今日任务. */
export const REPORT_KINDS = ['住院', '大事', '特殊情况'] as const
export const TASK_KINDS = ['祝寿', '节日走访', '年度体检', '巡诊', ...REPORT_KINDS, '吊唁'] as const
export type TaskKind = (typeof TASK_KINDS)[number]

/** 六室一站: the kinds of room a community keeps. */
export const ROOM_KINDS = ['阅览室', '活动室', '党员活动室', '健身室', '书画室', '医务室', '多功能室'] as const
export type RoomKind = (typeof ROOM_KINDS)[number]

/** 银发人才库: what staff invite a cadre to help with. */
export const TALENT_NEEDS = ['调解', '辅导', '巡逻', '宣讲', '书画', '其他'] as const
export type TalentNeed = (typeof TALENT_NEEDS)[number]
