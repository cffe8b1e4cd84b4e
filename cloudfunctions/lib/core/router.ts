// Each function's router: envelope → contract → caller (looked up, never taken from input) →
// role → input → action. Every failure becomes a coded answer with plain Chinese; nothing raw escapes.
import * as z from 'zod/mini'
import { AppError, ERROR_MESSAGES, type Result } from './errors'
import { admittedRoles, type Contract } from './contract'
import { C } from '../db/collections'
import type { UserDoc } from '../features/people/docs'
import { findById } from '../db/access'
import type { ActionContext } from './context'
import { decide, readSubject } from './subject'
import { endAhead, startAhead, type Ahead } from '../db/transaction'

const STRANGER = '您还没有登记。请联系社区工作人员登记，或申请绑定家中老人'

const envelope = z.strictObject({ action: z.string().check(z.maxLength(64)), input: z.optional(z.unknown()) })

/** What a function serves: each action's contract and its handler. */
export interface Routes {
  contracts: Record<string, Contract>
  handlers: Record<string, (ctx: ActionContext, input: never) => Promise<unknown>>
}

export async function route(
  { contracts, handlers }: Routes,
  event: unknown,
  openid: string | undefined,
  now: Date,
): Promise<Result<unknown>> {
  const isAction = (name: string) => Object.prototype.hasOwnProperty.call(contracts, name)
  let ahead: Ahead | undefined
  try {
    const parsed = envelope.safeParse(stripPlatformFields(event))
    if (!parsed.success) return fail('BAD_INPUT', '请求格式不对')
    const { action } = parsed.data
    if (!isAction(action)) return fail('UNKNOWN_ACTION')
    if (!openid) return fail('UNAUTHENTICATED')

    const contract = contracts[action]
    const input = contract.input.safeParse(parsed.data.input ?? {})
    // The caller's record and what the input is about are read together (and the action's transaction begun
    // beside them): one wait, not two or three.
    if (contract.transaction && input.success) ahead = startAhead()
    const [user, read] = await Promise.all([
      findById<UserDoc>(C.users, openid),
      input.success ? readSubject(contract.access, input.data, openid) : null,
    ])
    const roles = user?.roles ?? []
    const admitted = admittedRoles(contract.access)
    if (admitted && !admitted.some((r) => roles.includes(r))) return fail('FORBIDDEN', roles.length === 0 ? STRANGER : undefined)
    if (!input.success || !read) return fail('BAD_INPUT', input.success ? undefined : explain(input.error))

    const caller = { openid, roles, communityId: user?.communityId, cadreId: user?.cadreId }
    const ctx: ActionContext = {
      openid,
      user,
      now,
      caller,
      ...(ahead ? { ahead } : {}),
      ...(contract.access.anyone ? {} : decide(contract.access, input.data, caller, read)),
    }
    return { ok: true, data: await handlers[action](ctx, input.data as never) }
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.message)
    console.error('[api] unexpected error', e)
    return fail('INTERNAL')
  } finally {
    await endAhead(ahead)
  }
}

/** The platform adds userInfo (and locally nothing else) to the event; it is not part of the request. */
function stripPlatformFields(event: unknown): unknown {
  if (!event || typeof event !== 'object') return event
  const rest = { ...(event as Record<string, unknown>) }
  delete rest.userInfo
  return rest
}

function fail(code: keyof typeof ERROR_MESSAGES, message: string = ERROR_MESSAGES[code]): Result<never> {
  return { ok: false, error: { code, message } }
}

/** The first problem, in words: the field's own message from the schema where it has one. */
function explain(error: z.core.$ZodError): string {
  const issue = error.issues[0]
  const custom = issue && !/^(Invalid|Unrecognized|Too)/.test(issue.message) ? issue.message : ''
  return custom ? `${ERROR_MESSAGES.BAD_INPUT}：${custom}` : ERROR_MESSAGES.BAD_INPUT
}
