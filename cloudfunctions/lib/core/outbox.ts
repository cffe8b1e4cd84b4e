// Sends the WeChat subscribe messages that go with in-app messages. A message carrying `push` was written (and
// committed) first; here each one is claimed by a conditional update so two runs never both send it, one of
// the person's one-time consents is taken the same way, and only then is WeChat called. A claim that never got
// an answer (the function died) is not sent again; see PushState.
import { C } from '../db/collections'
import type { MessageDoc } from '../features/messages/docs'
import type { SubscriptionDoc } from '../features/push/docs'
import { _, cloud, db } from '../db/cloud'
import { findMany } from '../db/access'
import { afterSend, PUSH_CLAIM_MS, PUSH_TEMPLATES } from '../features/push/rules'

const BATCH = 50

export interface PushRun {
  sent: number
  noConsent: number
  refused: number
  failed: number
  retried: number
  uncertain: number
}

/** Whether the page opened from WeChat is the released, trial or developer version (set per environment). */
const miniprogramState = () => process.env.PUSH_MINIPROGRAM_STATE || 'formal'

async function claim(m: MessageDoc, now: Date): Promise<boolean> {
  const r = await db
    .collection(C.messages)
    .where({ _id: m._id, 'push.state': 'pending' })
    .update({ data: { 'push.state': 'sending', 'push.claimedAt': now } })
  return r.stats.updated === 1
}

/** Takes one of the person's open consents for this kind; null when none is left. */
async function takeConsent(m: MessageDoc, open: SubscriptionDoc[], now: Date): Promise<SubscriptionDoc | null> {
  for (;;) {
    const i = open.findIndex((s) => s.openid === m.to && s.kind === m.push!.kind)
    if (i === -1) return null
    const [consent] = open.splice(i, 1)
    const r = await db
      .collection(C.subscriptions)
      .where({ _id: consent._id, state: 'open' })
      .update({ data: { state: 'used', usedFor: m._id, usedAt: now } })
    if (r.stats.updated === 1) return consent
  }
}

const settle = (m: MessageDoc, fields: Record<string, unknown>) =>
  db
    .collection(C.messages)
    .doc(m._id)
    .update({ data: Object.fromEntries(Object.entries(fields).map(([k, v]) => [`push.${k}`, v])) })

async function deliver(m: MessageDoc, open: SubscriptionDoc[], now: Date, run: PushRun): Promise<void> {
  if (!(await claim(m, now))) return
  const consent = await takeConsent(m, open, now)
  if (!consent) {
    run.noConsent += 1
    return void (await settle(m, { state: 'no-consent' }))
  }
  const push = m.push!
  let errCode = 0
  let error = ''
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: m.to,
      templateId: consent.templateId || PUSH_TEMPLATES[push.kind].id,
      page: push.page,
      data: push.data,
      miniprogramState: miniprogramState(),
    } as never)
  } catch (e) {
    const err = e as { errCode?: number; errMsg?: string }
    errCode = typeof err.errCode === 'number' && err.errCode !== 0 ? err.errCode : -1
    error = String(err.errMsg ?? e)
  }
  const outcome = afterSend(errCode, push.tries)
  run[outcome === 'retry' ? 'retried' : outcome] += 1
  if (outcome === 'retry') {
    // WeChat did not take it: the consent goes back and the next run tries again.
    await db
      .collection(C.subscriptions)
      .where({ _id: consent._id, usedFor: m._id })
      .update({ data: { state: 'open', usedFor: _.remove(), usedAt: _.remove() } })
    return void (await settle(m, { state: 'pending', tries: push.tries + 1, error }))
  }
  await settle(m, {
    state: outcome,
    consentId: consent._id,
    tries: push.tries + 1,
    ...(outcome === 'sent' ? { sentAt: now } : { error }),
  })
}

/** Claims left unanswered too long become uncertain; then every pending push is sent, a batch at a time. */
export async function deliverPushes(now: Date): Promise<PushRun> {
  const run: PushRun = { sent: 0, noConsent: 0, refused: 0, failed: 0, retried: 0, uncertain: 0 }
  const stale = await db
    .collection(C.messages)
    .where({ 'push.state': 'sending', 'push.claimedAt': _.lt(new Date(now.getTime() - PUSH_CLAIM_MS)) })
    .update({ data: { 'push.state': 'uncertain' } })
  run.uncertain = stale.stats.updated
  const pending = await findMany<MessageDoc>(C.messages, { 'push.state': 'pending' }, { orderBy: ['at', 'asc'], limit: BATCH })
  if (!pending.length) return run
  const open = await findMany<SubscriptionDoc>(
    C.subscriptions,
    { openid: _.in([...new Set(pending.map((m) => m.to))]), state: 'open' },
    { orderBy: ['grantedAt', 'asc'], limit: 1000 },
  )
  // One at a time per person, so their consents are taken in order; different people in parallel.
  const byPerson = new Map<string, MessageDoc[]>()
  for (const m of pending) byPerson.set(m.to, [...(byPerson.get(m.to) ?? []), m])
  await Promise.all(
    [...byPerson.values()].map(async (mine) => {
      for (const m of mine) await deliver(m, open, now, run)
    }),
  )
  return run
}
