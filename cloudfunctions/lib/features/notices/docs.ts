// The documents this feature stores.

/** A notice the bureau sends down to all communities or to some (通知、文件); communities read, never change it. */
export interface NoticeDoc {
  _id: string
  title: string
  body: string
  /** The communities it is for; absent: every community. */
  communityIds?: string[]
  publishedBy: string
  publishedByName: string
  publishedAt: Date
}

/** One staff member having read a notice: a community has read it once any of its staff has. */
export interface NoticeReadDoc {
  _id: string
  noticeId: string
  communityId: string
  openid: string
  at: Date
}
