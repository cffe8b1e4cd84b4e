// WeChat subscribe messages (订阅消息): which templates we use, how a reminder fills one within WeChat's field
// limits, and what becomes of a push after each answer. A push is only ever attempted once per message and
// uses up one of the person's one-time consents; the in-app message is always there whatever happens to it.
import dayjs from 'dayjs'
import { ZONE } from '../../core/time.rules'
import { PUSH_TEMPLATES, type PushKind } from './templates'

export * from './templates'

/** WeChat's length limits by the kind of field (thing ≤ 20 characters and so on). */
const LIMITS: [RegExp, number][] = [
  [/^thing/, 20],
  [/^phrase/, 5],
  [/^(time|date)/, 40],
]

/** A value cut to what WeChat accepts for the field, ending in … when cut. */
export function fieldValue(key: string, value: string): string {
  const limit = LIMITS.find(([re]) => re.test(key))?.[1] ?? 32
  const chars = [...value.trim()]
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`
}

/** The template data for a push: every field of the kind's template, filled and cut to size. */
export function templateData(kind: PushKind, values: Record<string, string>): Record<string, { value: string }> {
  return Object.fromEntries(Object.keys(PUSH_TEMPLATES[kind].fields).map((key) => [key, { value: fieldValue(key, values[key] || '—') }]))
}

/** A time field as WeChat shows it: "2026年11月24日 09:30", Shanghai time. */
export const pushTime = (at: Date) => dayjs(at).tz(ZONE).format('YYYY年M月D日 HH:mm')
/** A date field: "2026年11月26日". */
export const pushDate = (day: string) => dayjs.tz(day, ZONE).format('YYYY年M月D日')

/**
 * pending → sending (claimed by one run) → sent; or no-consent (nothing to use), refused (WeChat says the person
 * no longer allows it), failed (gave up after retries). A claim left in `sending` is never sent again: WeChat
 * may have delivered it, and a second copy is worse than none; it is marked uncertain.
 */
export type PushState = 'pending' | 'sending' | 'sent' | 'no-consent' | 'refused' | 'failed' | 'uncertain'

export const PUSH_TRIES = 3
/** How long a claim may stay in `sending` before it is given up as uncertain. */
export const PUSH_CLAIM_MS = 10 * 60_000
/** Consents kept per person and kind: more taps of 允许 add nothing. */
export const MAX_OPEN_CONSENTS = 10

/** WeChat's errcode for a person who has no consent left or has turned the messages off. */
const REFUSED = 43101
/** Errors worth another try: WeChat busy (negative codes) and the rate limits; the rest are our mistakes. */
const TRANSIENT = (errCode: number) => errCode < 0 || errCode === 45009 || errCode === 45011

/** What a send's answer means: done, the person refused, try again later (the consent goes back), or give up. */
export function afterSend(errCode: number, tries: number): 'sent' | 'refused' | 'retry' | 'failed' {
  if (errCode === 0) return 'sent'
  if (errCode === REFUSED) return 'refused'
  return TRANSIENT(errCode) && tries + 1 < PUSH_TRIES ? 'retry' : 'failed'
}
