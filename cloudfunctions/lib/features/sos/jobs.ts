// What the minutely timer runs for 一键求助.
import { C } from '../../db/collections'
import { type SosEventDoc } from './docs'
import { db } from '../../db/cloud'
import { findAll } from '../../db/access'
import { DEFAULT_SOS_POLICY, escalationStep } from './rules'
import { systemContext } from '../../core/context'
import { step, notifyTier } from './sos'

/** The minutely sweep: retry failed notices; tell the next tier when the current one has not acknowledged. */
export async function escalateSos(now: Date): Promise<number> {
  const ctx = systemContext(now)
  const open = await findAll<SosEventDoc>(C.sosEvents, { status: 'open' })
  let steps = 0
  for (const e of open) {
    const next = escalationStep(e, now)
    if (!next) continue
    if (next.kind === 'escalate') {
      const words = `${e.tiers[e.tier].name} ${DEFAULT_SOS_POLICY.acknowledgeWithinMin} 分钟内没有响应，转告${e.tiers[next.tier].name}`
      const moved = await db
        .collection(C.sosEvents)
        .where({ _id: e._id, status: 'open', tier: e.tier })
        .update({ data: { tier: next.tier, tierSince: now, steps: step(now, words) } })
      if (moved.stats.updated !== 1) continue
    }
    await notifyTier(ctx, { ...e, tier: next.tier }, next.tier)
    steps++
  }
  return steps
}
