// Limits on guessing binding codes and name + last-four-digits. A try is reserved before it is checked, by one
// conditional increment, so calls made in parallel cannot slip past the limit; a try that succeeds is given back.
import { AppError } from '../../contracts'
import { C } from '../../db/collections'
import type { BindingCodeDoc, InviteCodeDoc } from './docs'
import { _, db } from '../../db/cloud'
import { findById, isDuplicateKey } from '../../db/access'
import { MAX_BIND_FAILURES_PER_DAY, MAX_CODE_FAILURES, codePrefix } from './rules'
import { shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'

export type GuessKind = 'code' | 'phone'

const LOCKED: Record<GuessKind, AppError> = {
  code: new AppError('CODE_LOCKED'),
  phone: new AppError('BINDING_TOO_MANY_TRIES'),
}

const guessId = (kind: GuessKind, ctx: ActionContext) => `${kind}:${ctx.openid}:${shanghaiDay(ctx.now)}`

/** Takes one of today's tries, or refuses when none is left. */
export async function reserveGuess(ctx: ActionContext, kind: GuessKind): Promise<void> {
  const _id = guessId(kind, ctx)
  const take = () =>
    db
      .collection(C.guesses)
      .where({ _id, count: _.lt(MAX_BIND_FAILURES_PER_DAY) })
      .update({ data: { count: _.inc(1) } })
  if ((await take()).stats.updated === 1) return
  try {
    await db.collection(C.guesses).add({ data: { _id, openid: ctx.openid, day: shanghaiDay(ctx.now), count: 1 } })
    return
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
  // Someone (a parallel call) made today's record first: take from it, if anything is left.
  if ((await take()).stats.updated === 1) return
  throw LOCKED[kind]
}

/** A try that succeeded does not count against the person. */
export async function giveBackGuess(ctx: ActionContext, kind: GuessKind): Promise<void> {
  await db
    .collection(C.guesses)
    .where({ _id: guessId(kind, ctx), count: _.gt(0) })
    .update({ data: { count: _.inc(-1) } })
}

/** A wrong try, said with how many are left today, so a newcomer knows whether to try again or call the community. */
export async function wrongTry(ctx: ActionContext, kind: GuessKind, error: AppError): Promise<AppError> {
  const used = (await findById<{ count: number }>(C.guesses, guessId(kind, ctx)))?.count ?? 0
  const left = Math.max(0, MAX_BIND_FAILURES_PER_DAY - used)
  const base = error.message
  return new AppError(error.code, left > 0 ? `${base}（今天还可以再试 ${left} 次）` : `${base}（今天不能再试了，请打电话给社区）`)
}

/** A wrong code counts against every outstanding code that starts the same way (usually none, at most a few). */
export async function countWrongCode(code: string, now: Date): Promise<void> {
  await db
    .collection(C.bindingCodes)
    .where({ prefix: codePrefix(code), usedBy: _.exists(false), expiresAt: _.gt(now) })
    .update({ data: { failures: _.inc(1) } })
}

/** Why a presented code cannot be used, or null. Locked codes are refused even when right. */
export function codeProblem(
  code: BindingCodeDoc | InviteCodeDoc | null,
  purpose: (BindingCodeDoc | InviteCodeDoc)['purpose'],
  now: Date,
): AppError | null {
  if (code && (code.failures ?? 0) >= MAX_CODE_FAILURES)
    return new AppError('CODE_LOCKED', '这个绑定码被试错太多次，已经锁定。请打电话给社区，重新发一个')
  if (!code || code.purpose !== purpose || code.usedBy || new Date(code.expiresAt) < now) return new AppError('CODE_INVALID')
  return null
}

/**
 * Runs a use of a code within the limits: one try reserved first; a wrong code counted against the person and the
 * codes that start like it; a right one gives the try back.
 */
export async function withCodeTry<T>(ctx: ActionContext, code: string, use: () => Promise<T>): Promise<T> {
  await reserveGuess(ctx, 'code')
  try {
    const result = await use()
    await giveBackGuess(ctx, 'code')
    return result
  } catch (e) {
    if (e instanceof AppError && e.code === 'CODE_INVALID') {
      await countWrongCode(code, ctx.now)
      throw await wrongTry(ctx, 'code', e)
    }
    if (!(e instanceof AppError && e.code === 'CODE_LOCKED')) await giveBackGuess(ctx, 'code')
    throw e
  }
}
