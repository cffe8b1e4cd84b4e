// The bureau's duties to the person (PIPL arts. 45, 47): see who read their sensitive data, give them a copy
// of everything held about them, and erase it on request. Money records stay, under the cadre's number only.
import { AppError, type AccessLogEntryView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { AccessLogDoc } from './docs'
import type { CadreDoc, UserDoc } from '../people/docs'
import { _, db } from '../../db/cloud'
import { runTransaction } from '../../db/transaction'
import { count, findAll, findById, findPage, readInTx } from '../../db/access'
import { OPEN } from '../services/rules'
import { momentWords } from '../../core/words.rules'
import { shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'
import { audit } from '../../core/audit'
import { logSensitiveRead } from './care'
import { chunks } from '../../core/chunks'
import { deleteFilesOf } from '../files/files'
import type { StoredPhoto } from '../files/tickets'

const PAGE = 50
/** What an erased person's name becomes wherever it was copied. */
export const ERASED_NAME = '已删除老人'

export async function accessLog(_ctx: ActionContext, input: ParsedInput<'care.accessLog'>) {
  const query = input.cadreId ? { cadreId: input.cadreId } : {}
  const page = await findPage<AccessLogDoc>(C.accessLog, query, { orderBy: ['at', 'desc'], offset: input.offset, size: PAGE })
  return {
    total: page.total,
    next: page.next,
    entries: page.items.map((e): AccessLogEntryView => ({
      id: e._id,
      actorName: e.actorName,
      actorRole: e.actorRole,
      cadreId: e.cadreId,
      cadreName: e.cadreName,
      fields: e.fields,
      via: e.via,
      atWords: momentWords(new Date(e.at)),
    })),
  }
}

/** Every collection that holds documents about one cadre, by the field that names them. */
const ABOUT_CADRE: { collection: string; label: string; by: '_id' | 'cadreId' }[] = [
  { collection: C.cadres, label: '基本信息', by: '_id' },
  { collection: C.careProfiles, label: '照护档案', by: '_id' },
  { collection: C.familyLinks, label: '家属绑定', by: 'cadreId' },
  { collection: C.bookings, label: '上门服务预约', by: 'cadreId' },
  { collection: C.cardAccounts, label: '服务卡', by: '_id' },
  { collection: C.ledgerEntries, label: '服务卡流水', by: 'cadreId' },
  { collection: C.cardAdjustments, label: '服务卡调整', by: 'cadreId' },
  { collection: C.signups, label: '活动报名', by: 'cadreId' },
  { collection: C.materialReads, label: '学习记录', by: 'cadreId' },
  { collection: C.contributions, label: '作品与特长', by: 'cadreId' },
  { collection: C.sosEvents, label: '一键通求助', by: 'cadreId' },
  { collection: C.accessLog, label: '敏感信息查看记录', by: 'cadreId' },
  { collection: C.tasks, label: '走访任务', by: 'cadreId' },
  { collection: C.visits, label: '走访记录', by: 'cadreId' },
  { collection: C.pairs, label: '结对帮扶', by: 'cadreId' },
]

/** Whoever may have been sent a message naming the cadre: the cadre, family (any link, ever), staff and providers there. */
async function peopleToldAbout(cadre: CadreDoc): Promise<string[]> {
  const [links, locals] = await Promise.all([
    findAll<{ familyOpenid: string }>(C.familyLinks, { cadreId: cadre._id }),
    findAll<{ _id: string }>(C.users, { communityId: cadre.communityId }),
  ])
  return [...new Set([...(cadre.openid ? [cadre.openid] : []), ...links.map((l) => l.familyOpenid), ...locals.map((u) => u._id)])]
}

/** Replaces the needles in every string of the matching documents, writing only the fields that changed. */
type Needle = [from: string, to: string]

async function scrubAll(collection: string, query: Record<string, unknown>, needles: Needle[]): Promise<void> {
  for (const doc of await findAll<Record<string, unknown> & { _id: string }>(collection, query)) {
    const changed: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(doc)) {
      if (key === '_id') continue
      const scrubbed = scrubValue(value, needles)
      if (JSON.stringify(scrubbed) !== JSON.stringify(value)) changed[key] = typeof scrubbed === 'object' ? _.set(scrubbed) : scrubbed
    }
    if (Object.keys(changed).length) await db.collection(collection).doc(doc._id).update({ data: changed })
  }
}

function scrubValue(value: unknown, needles: Needle[]): unknown {
  if (typeof value === 'string') return needles.reduce((s, [from, to]) => s.split(from).join(to), value)
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, needles))
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, needles)]))
  return value
}

async function cadreOrMissing(cadreId: string): Promise<CadreDoc> {
  const cadre = await findById<CadreDoc>(C.cadres, cadreId)
  if (!cadre) throw new AppError('NOT_FOUND', '没有找到这位老人')
  return cadre
}

export async function exportPersonalData(ctx: ActionContext, input: ParsedInput<'care.export'>) {
  const cadre = await cadreOrMissing(input.cadreId)
  const parts = await Promise.all(
    ABOUT_CADRE.map(async ({ collection, label, by }) => [label, await findAll(collection, { [by]: cadre._id })] as const),
  )
  await runTransaction((tx) => audit(tx, ctx, 'care.export', cadre._id))
  await logSensitiveRead(ctx, cadre, ['全部个人信息'], '导出个人信息', '老干部局')
  const content = JSON.stringify({ 导出时间: ctx.now.toISOString(), 老人编号: cadre._id, ...Object.fromEntries(parts) }, null, 2)
  return { fileName: `个人信息-${cadre.name}-${shanghaiDay(ctx.now)}.json`, content }
}

/** A person's photos (visits, works, reports) go with them: from storage, then from the records. */
async function erasePhotos(cadreId: string) {
  const keeping = [C.visits, C.contributions, C.tasks]
  const withPhotos = { cadreId, photos: _.exists(true) }
  const records = await Promise.all(keeping.map((c) => findAll<{ photos?: StoredPhoto[] }>(c, withPhotos)))
  await deleteFilesOf(records.flat().flatMap((r) => r.photos ?? []))
  await Promise.all(
    keeping.map((c) =>
      db
        .collection(c)
        .where(withPhotos)
        .update({ data: { photos: _.remove() } }),
    ),
  )
}

/**
 * Erases the person: first every copy of the name (and address) elsewhere, then the record and profile in one
 * transaction with the audit line. Each step can be repeated, so an erase stopped halfway is finished by asking again.
 */
export async function erasePersonalData(ctx: ActionContext, input: ParsedInput<'care.erase'>) {
  const cadre = await cadreOrMissing(input.cadreId)
  const [openBookings, openCalls] = await Promise.all([
    count(C.bookings, { cadreId: cadre._id, status: _.in([...OPEN]) }),
    count(C.sosEvents, { cadreId: cadre._id, status: _.neq('closed') }),
  ])
  if (openBookings + openCalls > 0) throw new AppError('ERASE_BLOCKED')

  const where = (collection: string) => db.collection(collection).where({ cadreId: cadre._id })
  await Promise.all([
    where(C.familyLinks).update({ data: { cadreName: ERASED_NAME, status: 'ended' } }),
    where(C.bookings).update({ data: { cadreName: ERASED_NAME, address: '' } }),
    where(C.sosEvents).update({ data: { cadreName: ERASED_NAME, address: '' } }),
    where(C.tasks).update({ data: { cadreName: ERASED_NAME, address: '', phone: _.remove(), status: 'done' } }),
    where(C.pairs).update({ data: { cadreName: ERASED_NAME, address: '', cadrePhone: _.remove(), active: false } }),
    ...[C.cardAdjustments, C.signups, C.materialReads, C.contributions, C.accessLog, C.visits].map((c) =>
      where(c).update({ data: { cadreName: ERASED_NAME } }),
    ),
    db.collection(C.bindingCodes).where({ cadreId: cadre._id }).remove(),
  ])
  // Then every other copy, wherever a name or phone was written into text: who booked, each step's actor, sign-ups,
  // a call's steps, ledger entries, task titles, and the messages told about the person.
  // The name becomes the erased marker; the phone number simply goes.
  const needles: Needle[] = [
    ...(cadre.name !== ERASED_NAME ? [[cadre.name, ERASED_NAME] as Needle] : []),
    ...(cadre.phone ? [[cadre.phone, ''] as Needle] : []),
  ]
  if (needles.length) {
    const told = await peopleToldAbout(cadre)
    await Promise.all([
      ...ABOUT_CADRE.filter((a) => a.by === 'cadreId').map((a) => scrubAll(a.collection, { cadreId: cadre._id }, needles)),
      ...chunks(told, 100).map((to) => scrubAll(C.messages, { to: _.in(to) }, needles)),
    ])
  }
  await erasePhotos(cadre._id)
  if (cadre.openid) {
    const user = await findById<UserDoc>(C.users, cadre.openid)
    if (user) {
      // The same WeChat user may also be someone's family: only the cadre part of them goes.
      const onlyCadre = user.roles.every((r) => r === 'cadre')
      await db
        .collection(C.users)
        .doc(user._id)
        .update({ data: { roles: _.pull('cadre'), cadreId: _.remove(), ...(onlyCadre ? { name: ERASED_NAME } : {}) } })
    }
    await Promise.all([
      db.collection(C.messages).where({ to: cadre.openid }).remove(),
      ...(user?.roles.every((r) => r === 'cadre') ? [db.collection(C.subscriptions).where({ openid: cadre.openid }).remove()] : []),
    ])
  }
  await runTransaction(async (tx) => {
    await tx
      .collection(C.cadres)
      .doc(cadre._id)
      .update({
        data: {
          name: ERASED_NAME,
          address: '',
          birthDate: `${cadre.birthDate.slice(0, 4)}-01-01`,
          celebrates: 'solar',
          phone: _.remove(),
          lunarBirth: _.remove(),
          grid: _.remove(),
          openid: _.remove(),
          // The corrections kept old names, numbers and addresses.
          history: _.remove(),
          workUnit: _.remove(),
          idNumber: _.remove(),
          erasedAt: cadre.erasedAt ?? ctx.now,
        },
      })
    if (await readInTx(tx, C.careProfiles, cadre._id)) await tx.collection(C.careProfiles).doc(cadre._id).remove()
    await audit(tx, ctx, 'care.erase', cadre._id, { reason: input.reason })
  })
  return { cadreId: cadre._id, erased: true }
}
