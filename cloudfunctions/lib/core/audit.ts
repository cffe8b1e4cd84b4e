import { C } from '../db/collections'
import type { Transaction } from '../db/types'
import type { ActionContext } from './context'

/** Appends who did what to whom, inside the transaction that does it: never updated, never deleted. */
export async function audit(tx: Transaction, ctx: ActionContext, action: string, target: string, detail?: Record<string, unknown>) {
  await tx.collection(C.auditLog).add({ data: { actor: ctx.openid, action, target, ...(detail ? { detail } : {}), at: ctx.now } })
}
