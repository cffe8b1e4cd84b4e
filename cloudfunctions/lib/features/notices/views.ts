// What this feature's actions answer: plain data shaped for the pages.

export interface NoticeView {
  id: string
  title: string
  body: string
  /** "全市各社区" / "桃园社区、杏花社区" */
  toWords: string
  publishedByName: string
  atWords: string
  /** Staff: whether they have read it. */
  read?: boolean
  /** The bureau: how many of the communities it went to have read it, and which have not. */
  readBy?: { communities: number; of: number; notYet: string[] }
}
