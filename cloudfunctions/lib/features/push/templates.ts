// The WeChat subscribe-message templates we use (订阅消息), shared with the mini-program, which asks for them.
export const PUSH_KINDS = ['service', 'activity', 'birthday'] as const
export type PushKind = (typeof PUSH_KINDS)[number]

export interface PushTemplate {
  /** The template ID chosen in 微信公众平台 → 订阅消息; replace with your own before deploying (README). */
  id: string
  /** What the person is asked to allow, in the words WeChat shows. */
  title: string
  /** The template's keys and what each holds. */
  fields: Record<string, string>
}

export const PUSH_TEMPLATES: Record<PushKind, PushTemplate> = {
  service: {
    id: 'jj-service-reminder',
    title: '上门服务提醒',
    fields: { thing1: '服务项目', time2: '上门时间', thing3: '温馨提示' },
  },
  activity: {
    id: 'jj-activity-reminder',
    title: '活动开始提醒',
    fields: { thing1: '活动名称', time2: '开始时间', thing3: '活动地点' },
  },
  birthday: {
    id: 'jj-birthday-reminder',
    title: '老人生日提醒',
    fields: { thing1: '老人', date2: '生日', thing3: '温馨提示' },
  },
}

/** Where people are asked: right after the thing the reminder is about, or from 我的 → 微信提醒. */
export const CONSENT_MOMENTS = ['booking', 'signup', 'binding', 'settings'] as const

export const pushKindOfTemplate = (templateId: string): PushKind | undefined => PUSH_KINDS.find((k) => PUSH_TEMPLATES[k].id === templateId)
