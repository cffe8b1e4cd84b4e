// A line of a cadre's history (改动记录): who, when, what, old → new, and why when a reason was asked for.
import type { ActionContext } from '../../core/context'
import type { CadreHistoryEntry } from '../people/docs'

export const historyEntry = (
  ctx: ActionContext,
  what: string,
  changes: CadreHistoryEntry['changes'] = [],
  reason?: string,
): CadreHistoryEntry => ({
  at: ctx.now,
  by: ctx.openid,
  byName: ctx.user?.name ?? '',
  what,
  changes,
  ...(reason ? { reason } : {}),
})
