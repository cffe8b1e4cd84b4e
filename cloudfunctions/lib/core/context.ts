import type { CallerFacts, Relation } from './access.rules'
import type { FamilyLinkDoc, UserDoc } from '../features/people/docs'
import type { SubjectDoc } from './subject'
import type { Ahead } from '../db/transaction'

/** What every action knows about its call: the caller as looked up server-side, and the one clock. */
export interface ActionContext {
  openid: string
  user: UserDoc | null
  caller: CallerFacts
  now: Date
  /** What the input is about, as the router read it (null when the input names nothing). */
  subject?: SubjectDoc | null
  /** The relation by which the router admitted the caller (absent for actions anyone may call). */
  relation?: Relation
  /** The caller's active link to the cadre, when admitted as family. */
  link?: FamilyLinkDoc
  /** The transaction the router began for an action that declares one. */
  ahead?: Ahead
}

/** The timers act as no one in particular: entries and messages they write say 系统. */
export const systemContext = (now: Date): ActionContext => ({ openid: 'system', user: null, now, caller: { openid: 'system', roles: [] } })
