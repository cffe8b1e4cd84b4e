// Staff keep their community's service desk: the catalog's prices and rules, and the providers' weeks.
import { AppError, type ParsedInput, type ProviderDetail, type ServiceView } from '../../contracts'
import { C } from '../../db/collections'
import type { ProviderDoc, ServiceTypeDoc } from './docs'

import { runTransaction } from '../../db/transaction'
import { findAll, newId, readInTx } from '../../db/access'
import { DEFAULT_CATALOG } from './rules'
import type { ActionContext } from '../../core/context'
import { byPinyin } from '../../core/words.rules'
import { audit } from '../../core/audit'
import { staffCommunity } from '../../core/scope'
import { serviceView } from './catalog'
import { providerView } from './dispatch'

const providerDetail = (p: ProviderDoc): ProviderDetail => ({
  ...providerView(p),
  availability: p.availability,
  daysOff: p.daysOff,
  bufferMin: p.bufferMin,
  active: p.active,
})

export async function getServiceDesk(
  ctx: ActionContext,
): Promise<{ services: (ServiceView & { active: boolean })[]; providers: ProviderDetail[] }> {
  const communityId = staffCommunity(ctx)
  const [services, providers] = await Promise.all([
    findAll<ServiceTypeDoc>(C.serviceTypes, { communityId }),
    findAll<ProviderDoc>(C.providers, { communityId }),
  ])
  const order = (key: string) => DEFAULT_CATALOG.findIndex((s) => s.key === key)
  return {
    services: services.sort((a, b) => order(a.key) - order(b.key)).map((s) => ({ ...serviceView(s), active: s.active })),
    providers: providers.sort((a, b) => byPinyin(a.name, b.name)).map(providerDetail),
  }
}

/** Changes one service's price and rules; the change and its audit entry are one transaction. */
export async function updateServiceType(ctx: ActionContext, input: ParsedInput<'serviceType.update'>) {
  const communityId = staffCommunity(ctx)
  const { serviceKey, ...change } = input
  return runTransaction(async (tx) => {
    const id = `${communityId}:${serviceKey}`
    const current = await readInTx<ServiceTypeDoc>(tx, C.serviceTypes, id)
    if (!current) throw new AppError('SERVICE_UNAVAILABLE', '社区目录里没有这项服务')
    await tx.collection(C.serviceTypes).doc(id).update({ data: change })
    await audit(tx, ctx, 'serviceType.update', id, change)
    const next = { ...current, ...change }
    return { ...serviceView(next), active: next.active }
  })
}

/** Adds a provider (without a WeChat account staff act for them) or changes one of the community's. */
export async function saveProvider(ctx: ActionContext, input: ParsedInput<'provider.save'>): Promise<ProviderDetail> {
  const communityId = staffCommunity(ctx)
  const { providerId, ...fields } = input
  return runTransaction(async (tx) => {
    const current = providerId ? await readInTx<ProviderDoc>(tx, C.providers, providerId) : null
    if (providerId && (!current || current.communityId !== communityId)) throw new AppError('NOT_FOUND', '没有找到这位服务人员')
    const doc: ProviderDoc = { ...(current ?? { _id: newId(), communityId }), ...fields, daysOff: [...new Set(fields.daysOff)].sort() }
    const { _id, ...data } = doc
    await tx.collection(C.providers).doc(_id).set({ data })
    await audit(tx, ctx, current ? 'provider.update' : 'provider.add', _id)
    return providerDetail(doc)
  })
}
