// WeChat reminders the person has allowed. WeChat only tells the mini-program which templates were allowed, so
// the page reports its taps here; each is one message of that kind (WeChat itself refuses a send that has no
// consent behind it, and the outbox then marks it refused).
import { C } from '../../db/collections'
import type { SubscriptionDoc } from './docs'
import { db } from '../../db/cloud'
import { findMany, newId } from '../../db/access'
import { MAX_OPEN_CONSENTS, PUSH_KINDS, PUSH_TEMPLATES, pushKindOfTemplate } from './rules'
import type { ParsedInput } from '../../contracts'
import type { PushStatusView } from './views'
import type { ActionContext } from '../../core/context'

const openConsents = (openid: string) =>
  findMany<SubscriptionDoc>(C.subscriptions, { openid, state: 'open' }, { limit: PUSH_KINDS.length * MAX_OPEN_CONSENTS })

function statusOf(open: SubscriptionDoc[]): PushStatusView {
  return {
    kinds: PUSH_KINDS.map((kind) => ({
      kind,
      title: PUSH_TEMPLATES[kind].title,
      templateId: PUSH_TEMPLATES[kind].id,
      open: open.filter((s) => s.kind === kind).length,
    })),
  }
}

export async function pushStatus(ctx: ActionContext): Promise<PushStatusView> {
  return statusOf(await openConsents(ctx.openid))
}

/** One consent per template allowed, up to MAX_OPEN_CONSENTS of a kind kept open. */
export async function recordPushConsent(ctx: ActionContext, input: ParsedInput<'push.consent'>): Promise<PushStatusView> {
  const open = await openConsents(ctx.openid)
  const fresh = [...new Set(input.templateIds)].flatMap((templateId): SubscriptionDoc[] => {
    const kind = pushKindOfTemplate(templateId)!
    if (open.filter((s) => s.kind === kind).length >= MAX_OPEN_CONSENTS) return []
    return [{ _id: newId(), openid: ctx.openid, kind, templateId, moment: input.moment, state: 'open', grantedAt: ctx.now }]
  })
  if (fresh.length) {
    await Promise.all(fresh.map((doc) => db.collection(C.subscriptions).add({ data: { ...doc } })))
  }
  return statusOf([...open, ...fresh])
}
