// The documents this feature stores. Dates are stored as Date; money as integer fen.

/** 结对帮扶: a volunteer (a provider) paired with a cadre (`_id` `<volunteer>:<cadre>`, so one pair each). */
export interface PairDoc {
  _id: string
  communityId: string
  volunteerId: string
  volunteerName: string
  volunteerPhone: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  startedOn: string
  active: boolean
  lastContactDay?: string
  /** Visits of the last 30 days (older ones are dropped when a visit is logged). */
  visitDays: string[]
}

/** One call or visit a volunteer logged for their pair. */
export interface PairLogDoc {
  _id: string
  pairId: string
  kind: '联系' | '走访'
  day: string
  note: string
  by: string
  at: Date
}
