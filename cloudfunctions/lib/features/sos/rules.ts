// 一键通: who is told of a call for help, in which order, and when the next in line must be told. The event is
// stored before anyone is told, so a failed notice can be retried and never loses the call.

export interface SosPolicy {
  /** Minutes a tier has to acknowledge before the next tier is told. */
  acknowledgeWithinMin: number
  /** A second press within these minutes joins the open call instead of making another. */
  repeatWithinMin: number
}

export const DEFAULT_SOS_POLICY: SosPolicy = { acknowledgeWithinMin: 3, repeatWithinMin: 10 }

export interface Recipient {
  openid: string
  name: string
  /** The staff member keeping the cadre's grid (分片包干): told first, in words that say the cadre is theirs. */
  keeper?: true
}

export interface Tier {
  /** "家属", "社区值班人员" */
  name: string
  to: Recipient[]
}

export const FAMILY_TIER = '家属'

/**
 * Family with the 一键通 permission first, then the community's staff on duty; empty tiers are skipped. The
 * recipients are a record of who there was at the press; each notice is sent to whoever the tier is at that moment.
 */
export function tiersFor(family: Recipient[], staff: Recipient[]): Tier[] {
  return [
    { name: FAMILY_TIER, to: family },
    { name: '社区值班人员', to: staff },
  ].filter((t) => t.to.length > 0)
}

export interface EscalationFacts {
  status: 'open' | 'acknowledged' | 'closed'
  tier: number
  notifiedTier: number
  tierSince: Date
  tiers: Tier[]
}

export type EscalationStep = { kind: 'notify'; tier: number } | { kind: 'escalate'; tier: number } | null

/**
 * What the minutely sweep must do for an event now: tell the current tier if that has not happened yet (a
 * notice that failed), move to the next tier once the current one has had its minutes, or nothing.
 */
export function escalationStep(e: EscalationFacts, now: Date, policy: SosPolicy = DEFAULT_SOS_POLICY): EscalationStep {
  if (e.status !== 'open') return null
  if (e.notifiedTier < e.tier) return { kind: 'notify', tier: e.tier }
  const last = e.tier >= e.tiers.length - 1
  const waited = now.getTime() - new Date(e.tierSince).getTime() >= policy.acknowledgeWithinMin * 60_000
  return !last && waited ? { kind: 'escalate', tier: e.tier + 1 } : null
}

export const SOS_STATUS_WORDS = { open: '正在通知', acknowledged: '已响应', closed: '已处理完' } as const
