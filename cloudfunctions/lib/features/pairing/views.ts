// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.

/** A 结对 pair as staff and the volunteer see it, with how it is keeping up. */
export interface PairView {
  id: string
  volunteerId: string
  volunteerName: string
  volunteerPhone: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  startedOn: string
  active: boolean
  /** "11月20日 周五" or "还没有联系过" */
  lastContactWords: string
  visitsIn30Days: number
  /** Why it is overdue, in words; empty when it is keeping up. */
  overdue: string[]
}
