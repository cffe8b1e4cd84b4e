import { C } from '../db/collections'
import { insert } from '../db/access'
import type { ActionContext } from './context'

/** Appends who did what to whom; never updated, never deleted. */
export async function audit(ctx: ActionContext, action: string, target: string, detail?: Record<string, unknown>) {
  await insert(C.auditLog, { actor: ctx.openid, action, target, ...(detail ? { detail } : {}), at: ctx.now })
}
