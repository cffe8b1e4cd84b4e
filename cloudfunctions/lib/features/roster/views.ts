// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.

/** A cadre's record as staff (or the family correcting it) edit it: every field, and its revision. */
export interface CadreRecord {
  id: string
  rev: number
  name: string
  gender: '男' | '女'
  birthDate: string
  celebrates: 'solar' | 'lunar'
  lunarBirth?: { month: number; day: number; leap: boolean }
  rank: '副县级以上' | '一般'
  category: '离休' | '退休'
  partyMember: boolean
  phone?: string
  address: string
  grid?: string
  livesAlone: boolean
  resettled: boolean
  workUnit?: { name: string; contact?: string; phone?: string }
  branch?: string
  status: '在册' | '长期住院' | '异地居住' | '去世'
  diedOn?: string
  /** 迁出 asked for: the community it waits to be accepted by. */
  movingTo?: string
  /** What the last correction changed, in words ('' when nothing did). */
  changedWords: string
}

export interface CadreHistoryView {
  entries: {
    atWords: string
    byName: string
    what: string
    changes: { label: string; from: string; to: string }[]
    reason?: string
  }[]
}

export interface ImportRow {
  /** The row's number in the spreadsheet. */
  row: number
  name: string
  /** sample: the template's example row, passed over. */
  outcome: 'new' | 'update' | 'unchanged' | 'error' | 'sample'
  problems?: { cell: string; reason: string }[]
  /** For an update: what changes, old → new. */
  changeWords?: string
}

export interface ImportReport {
  /** false: only checked, nothing written. */
  committed: boolean
  counts: Record<ImportRow['outcome'], number>
  /** Every row but the unchanged ones (which are only counted). */
  rows: ImportRow[]
}

export interface TransferView {
  /** Moving here, waiting for this community to accept. */
  incoming: { cadreId: string; name: string; fromName: string; toName: string; askedWords: string }[]
  /** Moving away from here, waiting for the other community. */
  outgoing: { cadreId: string; name: string; fromName: string; toName: string; askedWords: string }[]
}

export interface CommunityChoice {
  id: string
  name: string
  district: string
}

export interface GridView {
  id: string
  name: string
  streets: string[]
  staffId: string
  staffName: string
  volunteers: string[]
  /** Cadres alive on the roster in this grid. */
  cadres: number
}
