// Stable error codes and the plain Chinese every user sees. Codes never change once shipped.
export const ERROR_MESSAGES = {
  UNKNOWN_ACTION: '暂不支持这项操作，请更新小程序后再试',
  BAD_INPUT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请在微信中打开小程序后再试',
  FORBIDDEN: '您没有权限进行这项操作',
  NOT_FOUND: '没有找到相关信息',
  FILE_TOO_MANY: '今天上传的文件太多了，请明天再传',
  FILE_NOT_FOUND: '没有找到这个文件，请重新上传',
  FILE_NOT_UPLOADED: '文件还没有传上去，请再传一次',
  FILE_WRONG_TYPE: '只能上传照片（jpg、png、webp），表格只能是 xlsx 或 csv',
  FILE_TOO_BIG: '文件太大了：照片不超过 10 MB，表格不超过 5 MB',
  FILE_NOT_YOURS: '照片不对：请用刚才自己上传的照片',
  PHONE_NOT_GIVEN: '没能从微信取到手机号，请再点一次，或者自己填写',
  PHONE_NOT_MAINLAND: '微信里的手机号不是大陆手机号，请自己填写一个大陆手机号',
  BINDING_NO_MATCH: '没有找到这位老人。请核对姓名和手机号后四位，或向社区索取绑定码',
  BINDING_TOO_MANY_TRIES: '今天尝试次数太多了，请明天再试，或直接联系社区工作人员',
  BINDING_EXISTS: '您已经绑定或申请绑定过这位老人',
  BINDING_SELF: '不能绑定自己',
  CODE_INVALID: '绑定码不对或已过期，请向社区工作人员重新索取',
  CODE_LOCKED: '今天试错次数太多，请明天再试或打电话给社区',
  ALREADY_CLAIMED: '这位老人已经绑定了微信，如有疑问请联系社区',
  ALREADY_DECIDED: '这条申请已经处理过了',
  SERVICE_UNAVAILABLE: '社区暂时没有这项服务，请打电话问问社区',
  SLOT_INVALID: '这个时间不能预约，请从列出的时间里选一个',
  SLOT_TAKEN: '这个时间刚刚被别人约走了，请换一个时间',
  TOO_MANY_OPEN: '还没完成的预约太多了，请等服务完成或取消一些后再约',
  TOO_LATE: '离上门时间太近了，网上不能再取消或改时间，请打电话给社区',
  WRONG_STATUS: '这个预约现在不能这样操作，请刷新看看最新情况',
  PROVIDER_UNAVAILABLE: '这位服务人员那个时间没有空，或者不做这项服务',
  CARD_INSUFFICIENT: '服务卡余额不够，请让家属到社区充值，或选一项便宜些的服务',
  ALREADY_RECORDED: '这张收据已经登记过了',
  ACTIVITY_CLOSED: '报名已经截止了，想参加请打电话问问社区',
  ACTIVITY_CANCELLED: '这个活动已经取消了',
  CONSENT_REQUIRED: '老人本人还没有同意登记健康信息，请先记录同意后再填写',
  ERASE_BLOCKED: '这位老人还有没完成的预约或没处理完的求助，请先处理完再删除',
  TASK_DONE: '这项走访已经记录过了',
  CADRE_CHANGED: '这位老人的信息刚被别人改过，请重新打开再改',
  CADRE_AWAY: '老人现在长期住院、异地居住或已去世，社区暂停上门服务。有需要请打电话给社区',
  VOICE_CLOSED: '这一条已经办结了，不能再回复',
  SURVEY_CLOSED: '这份问卷现在不收答卷（还没开始或已经截止）',
  VOICE_NOT_OVERDUE: '这一条还没有超期，请社区先办理；超期没办结的局里可以督办',
  VOICE_NOT_CLOSED: '社区办结以后才能评价',
  VOICE_RATED: '这一条已经评价过了',
  ROOM_TAKEN: '这个时间这间屋子已经借出去了，请换个时间',
  ROOM_TIME_INVALID: '借用的时间不对，请重新选',
  INVITATION_ANSWERED: '这个邀请已经答复过了',
  INVITATION_NOT_ACCEPTED: '老人答应了以后才能记服务时长',
  TIMER_ONLY: '这是系统的定时任务，只能由定时器运行',
  INTERNAL: '系统繁忙，请稍后再试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface ApiError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** Thrown by actions and domain checks; the router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message)
  }
}
