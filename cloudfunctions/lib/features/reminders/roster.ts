// What the daily reminder work shares: reading the roster page by page and the visit task made for a cadre.
import { C } from '../../db/collections'
import type { CadreDoc } from '../people/docs'
import type { TaskDoc } from '../visits/docs'
import { _ } from '../../db/cloud'
import { findMany } from '../../db/access'
import { LIVING } from '../roster/living'

export const PAGE = 100

export interface ReminderRun {
  days: string[]
  /** Cadre records read for birthdays: the day's matches, whatever the size of the roster. */
  birthdaysRead: number
  reminders: number
  tasks: number
  /** Roster-wide sweeps (festival visits, health checks, 巡诊) still to finish in later runs. */
  sweepsPending: number
}

/** Every cadre matching `query` (not erased), page by page in `_id` order, from after the cadre `after`. */
export async function* cadresWhere(query: Record<string, unknown>, run?: ReminderRun, after = '') {
  for (;;) {
    const page = await findMany<CadreDoc>(
      C.cadres,
      { ...query, ...LIVING, ...(after ? { _id: _.gt(after) } : {}) },
      { orderBy: ['_id', 'asc'], limit: PAGE },
    )
    if (run) run.birthdaysRead += page.length
    if (page.length) yield page
    if (page.length < PAGE) return
    after = page[page.length - 1]._id
  }
}

export const taskOf = (cadre: CadreDoc, now: Date, fields: Pick<TaskDoc, '_id' | 'kind' | 'title' | 'note' | 'dueDay'>): TaskDoc => ({
  ...fields,
  communityId: cadre.communityId,
  cadreId: cadre._id,
  cadreName: cadre.name,
  address: cadre.address,
  ...(cadre.phone ? { phone: cadre.phone } : {}),
  ...(cadre.grid ? { grid: cadre.grid } : {}),
  status: 'open',
  createdAt: now,
})
