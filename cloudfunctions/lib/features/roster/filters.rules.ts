// Who a roster view shows: the filters staff and the bureau pick, as one pure test of a cadre.
import type { CadreDoc } from '../people/docs'
import { ageOn } from '../../core/time.rules'
import { statusWord, type StatusWord } from './rules'

export const AGE_BANDS = ['70', '80', '90', '100'] as const

export interface RosterFilters {
  status?: StatusWord
  grid?: string
  /** 70: seventy and over, and so on. */
  ageBand?: (typeof AGE_BANDS)[number]
  livesAlone?: boolean
  partyMember?: boolean
  hasPhone?: boolean
  /** Part of the 原单位's name. */
  workUnit?: string
  rank?: CadreDoc['rank']
  category?: CadreDoc['category']
}

export function matchesFilters(c: CadreDoc, f: RosterFilters, now: Date): boolean {
  return (
    (f.status === undefined ? c.status !== 'deceased' : statusWord(c.status) === f.status) &&
    (f.grid === undefined || c.grid === f.grid) &&
    (f.ageBand === undefined || ageOn(c.birthDate, now) >= Number(f.ageBand)) &&
    (f.livesAlone === undefined || c.livesAlone === f.livesAlone) &&
    (f.partyMember === undefined || c.partyMember === f.partyMember) &&
    (f.hasPhone === undefined || !!c.phone === f.hasPhone) &&
    (f.workUnit === undefined || (c.workUnit?.name ?? '').includes(f.workUnit)) &&
    (f.rank === undefined || c.rank === f.rank) &&
    (f.category === undefined || c.category === f.category)
  )
}

/** The filters in words, for a file's name and a page's heading: "80岁以上·独居". */
export function filterWords(f: RosterFilters): string {
  return [
    f.status,
    f.grid,
    f.ageBand && `${f.ageBand}岁以上`,
    f.livesAlone !== undefined && (f.livesAlone ? '独居' : '非独居'),
    f.partyMember !== undefined && (f.partyMember ? '党员' : '非党员'),
    f.hasPhone !== undefined && (f.hasPhone ? '有手机' : '没有手机'),
    f.workUnit && `原单位含“${f.workUnit}”`,
    f.rank,
    f.category,
  ]
    .filter(Boolean)
    .join('·')
}
