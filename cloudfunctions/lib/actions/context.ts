import type { CallerFacts } from '../domain/access'
import type { UserDoc } from '../db/collections'

/** What every action knows about its call: the caller as looked up server-side, and the one clock. */
export interface ActionContext {
  openid: string
  user: UserDoc | null
  caller: CallerFacts
  now: Date
}

/** The timers act as no one in particular: entries and messages they write say 系统. */
export const systemContext = (now: Date): ActionContext => ({ openid: 'system', user: null, now, caller: { openid: 'system', roles: [] } })
