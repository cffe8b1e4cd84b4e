// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.

export interface CardView {
  balanceFen: number
  heldFen: number
  availableFen: number
  /** Yuan with two decimals, for the very large digits. */
  available: string
  held: string
}

export interface CardEntryView {
  id: string
  kind: string
  amountFen: number
  /** "上门理发 已扣 15.00 元" */
  words: string
  atWords: string
  byName: string
}

export interface CardAdjustmentView {
  id: string
  cadreId: string
  cadreName: string
  amountFen: number
  /** "增加 20.00 元" / "减少 150.00 元" */
  amountWords: string
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  requestedByName: string
  atWords: string
  decidedByName?: string
  /** Whether the caller may approve it: another staff member of the community than the one who asked. */
  canDecide: boolean
}

export interface CardPolicyView {
  communityId: string
  communityName: string
  allowanceFen: Record<'离休' | '退休', Record<'副县级以上' | '一般', number>>
  issueOn: string
  yearEnd: 'expire' | 'carry'
  approvalAboveFen: number
  /** Whether it is the community's own or the defaults. */
  isDefault: boolean
  canEdit: boolean
  /** For admins: every community, to choose whose policy to see. */
  communities: { id: string; name: string }[]
}

export interface CardStatementView {
  month: string
  title: string
  rows: { cadreId: string; name: string; opening: string; in: string; out: string; closing: string; held: string }[]
  totals: { opening: string; in: string; out: string; closing: string }
  /** The full statement (every column) as CSV for Excel / WPS. */
  csv: string
}
