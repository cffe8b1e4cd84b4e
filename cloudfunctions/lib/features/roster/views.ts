// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { CadreDoc } from '../people/docs'
import type { StatusWord } from './rules'

/** A cadre's record as staff (or the family correcting it) edit it: every field, and its revision. */
export type CadreRecord = Pick<
  CadreDoc,
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'celebrates'
  | 'lunarBirth'
  | 'rank'
  | 'category'
  | 'partyMember'
  | 'phone'
  | 'address'
  | 'grid'
  | 'livesAlone'
  | 'workUnit'
  | 'branch'
> & {
  id: string
  rev: number
  resettled: boolean
  status: StatusWord
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
