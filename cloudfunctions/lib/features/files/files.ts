// Uploads: a place to upload is handed out (file.prepare), the phone uploads straight to storage, the bytes are
// checked (file.check), and a record may then use the caller's own checked files. Records keep { fileRef, fileId };
// pages get temporary addresses for all their pictures in one call.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, cloud, db } from '../../db/cloud'
import { count, findById, findIn, newId } from '../../db/access'
import { shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'
import type { FileDoc } from './docs'
import type { CheckedUpload, PhotoView, PreparedUpload } from './views'
import { cloudPathFor, FILE_PURPOSES, UPLOADS_PER_DAY, uploadProblem, type Extension, type FilePurpose } from './rules'

/** Temporary addresses live two hours: long enough for a page left open, short enough not to travel far. */
const URL_SECONDS = 2 * 3600

export async function prepareUpload(ctx: ActionContext, input: ParsedInput<'file.prepare'>): Promise<PreparedUpload> {
  const lastDay = new Date(ctx.now.getTime() - 24 * 3600_000)
  if ((await count(C.files, { uploadedBy: ctx.openid, createdAt: _.gte(lastDay) })) >= UPLOADS_PER_DAY) throw new AppError('FILE_TOO_MANY')
  const fileRef = newId()
  const cloudPath = cloudPathFor(input.purpose, fileRef, input.ext, shanghaiDay(ctx.now))
  const file: Omit<FileDoc, '_id'> = {
    fileId: '',
    cloudPath,
    purpose: input.purpose,
    uploadedBy: ctx.openid,
    state: 'pending',
    createdAt: ctx.now,
  }
  await db.collection(C.files).doc(fileRef).set({ data: file })
  return { fileRef, cloudPath }
}

export async function checkUpload(ctx: ActionContext, input: ParsedInput<'file.check'>): Promise<CheckedUpload> {
  const file = await findById<FileDoc>(C.files, input.fileRef)
  // Someone else's upload, or an ID for another place than the one handed out, is not found for this caller.
  if (!file || file.uploadedBy !== ctx.openid || !input.fileId.endsWith(`/${file.cloudPath}`)) throw new AppError('FILE_NOT_FOUND')
  if (file.state !== 'pending') {
    if (file.fileId !== input.fileId) throw new AppError('FILE_NOT_FOUND')
    // A retried check after a dropped answer: the same answer again.
    return { fileRef: file._id, url: (await temporaryUrls([file.fileId]))[0] }
  }
  let bytes: Buffer
  try {
    bytes = (await cloud.downloadFile({ fileID: input.fileId })).fileContent as Buffer
  } catch {
    throw new AppError('FILE_NOT_UPLOADED')
  }
  const ext = file.cloudPath.split('.').pop() as Extension
  const problem = uploadProblem(file.purpose, ext, bytes)
  if (problem) {
    await Promise.all([cloud.deleteFile({ fileList: [input.fileId] }), db.collection(C.files).doc(file._id).remove()])
    throw new AppError(problem)
  }
  await db
    .collection(C.files)
    .doc(file._id)
    .update({ data: { state: 'ready', fileId: input.fileId, size: bytes.length, type: ext } })
  return { fileRef: file._id, url: (await temporaryUrls([input.fileId]))[0] }
}

/** A photo as a record keeps it. */
export interface StoredPhoto {
  fileRef: string
  fileId: string
}

/**
 * Takes the caller's own checked uploads for `purpose` for the record `usedBy`, in the order given: refused unless
 * every one exists, is theirs, is checked, was made for this purpose and no record took it yet. The claim is one
 * conditional update (so a photo cannot go on two records), read beside it; a refused claim is given back.
 */
export async function takeUploads(
  ctx: ActionContext,
  purpose: FilePurpose,
  refs: readonly string[],
  usedBy: FileDoc['usedBy'],
): Promise<StoredPhoto[]> {
  if (refs.length === 0) return []
  const { most, words } = FILE_PURPOSES[purpose]
  if (new Set(refs).size !== refs.length || refs.length > most) throw new AppError('BAD_INPUT', `${words}最多 ${most} 张，不能重复`)
  const [files, claim] = await Promise.all([
    findIn<FileDoc>(C.files, '_id', refs),
    db
      .collection(C.files)
      .where({ _id: _.in([...refs]), uploadedBy: ctx.openid, purpose, state: 'ready' })
      .update({ data: { state: 'used', usedBy } }),
  ])
  if (claim.stats.updated !== refs.length) {
    if (claim.stats.updated > 0) await giveBackUploads(refs, usedBy)
    throw new AppError('FILE_NOT_YOURS')
  }
  const byRef = new Map(files.map((f) => [f._id, f.fileId]))
  return refs.map((fileRef) => ({ fileRef, fileId: byRef.get(fileRef)! }))
}

/** The record was not saved after all: its uploads are free again (and swept in a day if nothing takes them). */
export async function giveBackUploads(refs: readonly string[], usedBy: FileDoc['usedBy']): Promise<void> {
  await db
    .collection(C.files)
    .where({ _id: _.in([...refs]), usedBy })
    .update({ data: { state: 'ready', usedBy: _.remove() } })
}

/** Temporary addresses for many files in one call to storage; '' for a file that is gone. */
export async function temporaryUrls(fileIds: readonly string[]): Promise<string[]> {
  if (fileIds.length === 0) return []
  const answer = (await cloud.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: URL_SECONDS })) })) as {
    fileList: { fileID: string; status: number; tempFileURL: string }[]
  }
  const urls = new Map(answer.fileList.map((f) => [f.fileID, f.status === 0 ? f.tempFileURL : '']))
  return fileIds.map((id) => urls.get(id) ?? '')
}

/** The photos of many records (a page), addressed with one call to storage. */
export async function photoViews<T>(records: readonly T[], photosOf: (r: T) => readonly StoredPhoto[] | undefined): Promise<PhotoView[][]> {
  const all = records.flatMap((r) => photosOf(r) ?? [])
  const urls = new Map(all.map((p, i) => [p.fileRef, i]))
  const addresses = await temporaryUrls(all.map((p) => p.fileId))
  return records.map((r) => (photosOf(r) ?? []).map((p) => ({ fileRef: p.fileRef, url: addresses[urls.get(p.fileRef)!] })))
}
