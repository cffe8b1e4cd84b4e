// Study materials (就近学习): staff publish them for their community; cadres and family read them; the cadre
// marks one read and staff see who has read it. 送学上门 is a booking of the `study` service (the page goes
// straight to booking it with the material's title as the note).
import { AppError, type MaterialSummary, type MaterialView, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { MaterialDoc, MaterialReadDoc } from './docs'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, findIn, findPage, newId } from '../../db/access'
import { momentWords } from '../../core/words.rules'
import { CITY, reaches, reachingCommunity } from '../../core/reach'
import type { ActionContext } from '../../core/context'
import { aboutCadre, staffCommunity } from '../../core/scope'
import { deleteFilesOf, photoViews } from '../files/files'
import { takePhotos } from '../files/tickets'

const PAGE = 30
const readId = (materialId: string, cadreId: string) => `${materialId}:${cadreId}`

const summary = (m: MaterialDoc, read: boolean, readers?: number): MaterialSummary => ({
  id: m._id,
  title: m.title,
  category: m.category,
  publishedWords: momentWords(new Date(m.publishedAt)),
  read,
  ...(readers !== undefined ? { readers } : {}),
})

export async function listMaterials(ctx: ActionContext, input: ParsedInput<'material.list'>) {
  const { doc: cadre } = aboutCadre(ctx)
  const page = await findPage<MaterialDoc>(
    C.materials,
    _.and([reachingCommunity(cadre.communityId), input.category ? { category: input.category } : {}]),
    { orderBy: ['publishedAt', 'desc'], offset: input.offset, size: PAGE },
  )
  const reads = await findIn<MaterialReadDoc>(
    C.materialReads,
    '_id',
    page.items.map((m) => readId(m._id, cadre._id)),
  )
  const read = new Set(reads.map((r) => r.materialId))
  return { materials: page.items.map((m) => summary(m, read.has(m._id))), total: page.total, next: page.next }
}

async function materialFor(ctx: ActionContext, input: { materialId: string }) {
  const { doc: cadre, as } = aboutCadre(ctx)
  const [material, read] = await Promise.all([
    findById<MaterialDoc>(C.materials, input.materialId),
    findById<MaterialReadDoc>(C.materialReads, readId(input.materialId, cadre._id)),
  ])
  if (!material || !reaches(material, cadre.communityId)) throw new AppError('NOT_FOUND', '没有找到这篇资料')
  return { cadre, as, material, read }
}

export async function getMaterial(ctx: ActionContext, input: ParsedInput<'material.get'>): Promise<MaterialView> {
  const { as, material, read } = input.cadreId ? await materialFor(ctx, input) : await materialForStaff(ctx, input.materialId)
  // Staff see who of their community read it; the bureau, everyone who read its own.
  const whose = as === 'staff' && ctx.relation === 'staff' ? { communityId: staffCommunity(ctx) } : {}
  const [readers, body] = await Promise.all([
    as === 'staff'
      ? findAll<MaterialReadDoc>(C.materialReads, { materialId: material._id, ...whose }).then((all) =>
          all.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()),
        )
      : null,
    bodyView(material),
  ])
  return {
    ...summary(material, read !== null, readers?.length),
    body,
    byName: material.byName,
    ...(ctx.relation === 'admin' && material.communityIds ? { communityIds: material.communityIds } : {}),
    ...(readers ? { readBy: readers.map((r) => ({ cadreName: r.cadreName, atWords: momentWords(new Date(r.at)) })) } : {}),
  }
}

/** Staff opening a material of their community without a cadre in mind (to edit it, or see who read it). */
async function materialForStaff(ctx: ActionContext, materialId: string) {
  const material = await findById<MaterialDoc>(C.materials, materialId)
  const mine = ctx.relation === 'admin' ? material?.communityId === CITY : !!material && reaches(material, staffCommunity(ctx))
  if (!material || !mine) throw new AppError('NOT_FOUND', '没有找到这篇资料')
  return { as: 'staff' as const, material, read: null }
}

export async function markMaterialRead(ctx: ActionContext, input: ParsedInput<'material.markRead'>) {
  const { cadre, material } = await materialFor(ctx, input)
  const doc: Omit<MaterialReadDoc, '_id'> = {
    materialId: material._id,
    cadreId: cadre._id,
    cadreName: cadre.name,
    communityId: cadre.communityId,
    at: ctx.now,
  }
  // Reading twice leaves one mark (the latest time).
  await db.collection(C.materialReads).doc(readId(material._id, cadre._id)).set({ data: doc })
  return summary(material, true)
}

export async function manageMaterials(ctx: ActionContext, input: ParsedInput<'material.manage'>) {
  const communityId = ctx.relation === 'admin' ? null : staffCommunity(ctx)
  const page = await findPage<MaterialDoc>(C.materials, communityId ? reachingCommunity(communityId) : { communityId: CITY }, {
    orderBy: ['publishedAt', 'desc'],
    offset: input.offset,
    size: PAGE,
  })
  const readers = await Promise.all(
    page.items.map((m) => count(C.materialReads, { materialId: m._id, ...(communityId ? { communityId } : {}) })),
  )
  const shown = page.items.map((m, i) => ({
    ...summary(m, false, readers[i]),
    ...(communityId && m.communityId === CITY ? { fromBureau: true as const } : {}),
  }))
  return { materials: shown, total: page.total, next: page.next }
}

const picturesOf = (m: Pick<MaterialDoc, 'body'>) => m.body.flatMap((p) => (p.picture ? [p.picture] : []))

/** The paragraphs as the page shows them: every picture addressed in one call to storage. */
async function bodyView(m: MaterialDoc): Promise<MaterialView['body']> {
  const [addressed] = await photoViews([m], picturesOf)
  const byRef = new Map(addressed.map((p) => [p.fileRef, p]))
  return m.body.map((p) => (p.picture ? { picture: byRef.get(p.picture.fileRef)! } : { text: p.text }))
}

export async function saveMaterial(ctx: ActionContext, input: ParsedInput<'material.save'>): Promise<MaterialView> {
  const bureau = ctx.relation === 'admin'
  if (!bureau && input.communityIds) throw new AppError('BAD_INPUT', '社区发的资料只给本社区')
  const communityId = bureau ? CITY : staffCommunity(ctx)
  const earlier = input.materialId ? await findById<MaterialDoc>(C.materials, input.materialId) : undefined
  if (earlier !== undefined && earlier?.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这篇资料')
  const entries = input.body.flatMap((p) => ('picture' in p ? [p.picture] : []))
  const { photos, dropped } = await takePhotos(ctx.openid, 'materialPicture', entries, earlier ? picturesOf(earlier) : [])
  let next = 0
  const body = input.body.map((p) => ('picture' in p ? { picture: photos[next++] } : p))
  const fields = { title: input.title, category: input.category, body, ...(input.communityIds ? { communityIds: input.communityIds } : {}) }
  let doc: MaterialDoc
  if (earlier) {
    doc = { ...earlier, ...fields }
    await db.collection(C.materials).doc(doc._id).update({ data: fields })
    await deleteFilesOf(dropped)
  } else {
    doc = { _id: newId(), communityId, ...fields, publishedAt: ctx.now, by: ctx.openid, byName: ctx.user?.name ?? '' }
    const { _id, ...rest } = doc
    await db.collection(C.materials).add({ data: { _id, ...rest } })
  }
  return { ...summary(doc, false), body: await bodyView(doc), byName: doc.byName }
}
