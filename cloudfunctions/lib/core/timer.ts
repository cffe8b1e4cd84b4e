// The timer functions run only for their trigger. On CloudBase any mini-program user can call any function by
// name, and such a call carries the user's OPENID; a timer trigger carries none and sends `{ Type: 'Timer' }`.
import { cloud } from '../db/cloud'
import { ERROR_MESSAGES, type Result } from '../contracts'

/** A refusal for anything but the timer trigger, or null when the job may run. */
export function refuseUnlessTimer(event: unknown): Result<never> | null {
  const { OPENID } = cloud.getWXContext()
  const isTimer = !!event && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer'
  if (OPENID || !isTimer) return { ok: false, error: { code: 'TIMER_ONLY', message: ERROR_MESSAGES.TIMER_ONLY } }
  return null
}
