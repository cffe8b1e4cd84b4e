// The daily clean-up: uploads nobody's record took within a day are deleted from storage and forgotten.
// A checked upload may have been used by a record saved after its check: such a file is marked used, never removed.
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findIn, findMany } from '../../db/access'
import type { FileDoc } from './docs'
import { deleteStored } from './files'
import { UNUSED_FOR_MS, type FilePurpose } from './rules'

/** Where each purpose's files are kept on their records (a roster sheet is read once by the import and never kept). */
const USED_ON: Partial<Record<FilePurpose, { collection: string; field: string }>> = {
  visitPhoto: { collection: C.visits, field: 'photos.fileRef' },
  workPhoto: { collection: C.contributions, field: 'photos.fileRef' },
  reportPhoto: { collection: C.tasks, field: 'photos.fileRef' },
  voicePhoto: { collection: C.voices, field: 'photos.fileRef' },
  activityCover: { collection: C.activities, field: 'cover.fileRef' },
  activityPhoto: { collection: C.activities, field: 'photos.fileRef' },
  materialPicture: { collection: C.materials, field: 'body.picture.fileRef' },
  evidencePhoto: { collection: C.assessments, field: 'evidence.photos.fileRef' },
}

/** Every file reference anywhere in a record: the refs a sweep looks for are random, so a match is a use. */
function refsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into))
  else if (value && typeof value === 'object') {
    const ref = (value as { fileRef?: unknown }).fileRef
    if (typeof ref === 'string') into.add(ref)
    Object.values(value).forEach((v) => refsIn(v, into))
  }
}

/** One page (100) of stale uploads a run; the next day's run takes the next page. */
const SWEEP_PAGE = 100

export async function sweepUnusedUploads(now: Date): Promise<{ removed: number; kept: number }> {
  const stale = await findMany<FileDoc>(
    C.files,
    { state: _.in(['pending', 'ready']), createdAt: _.lt(new Date(now.getTime() - UNUSED_FOR_MS)) },
    { orderBy: ['createdAt', 'asc'], limit: SWEEP_PAGE },
  )
  if (stale.length === 0) return { removed: 0, kept: 0 }
  const used = new Set<string>()
  const lookups = Object.entries(USED_ON).map(([purpose, where]) => {
    const refs = stale.filter((f) => f.purpose === purpose).map((f) => f._id)
    return refs.length ? findIn<Record<string, unknown>>(where.collection, where.field, refs) : Promise.resolve([])
  })
  for (const records of await Promise.all(lookups)) refsIn(records, used)
  const keep = stale.filter((f) => used.has(f._id))
  const remove = stale.filter((f) => !used.has(f._id))
  if (keep.length)
    await db
      .collection(C.files)
      .where({ _id: _.in(keep.map((f) => f._id)) })
      .update({ data: { state: 'used' } })
  const uploaded = remove.filter((f) => f.fileId).map((f) => f.fileId)
  // Storage first: a file document is forgotten only once its bytes are gone.
  await deleteStored(uploaded)
  if (remove.length)
    await db
      .collection(C.files)
      .where({ _id: _.in(remove.map((f) => f._id)) })
      .remove()
  return { removed: remove.length, kept: keep.length }
}
