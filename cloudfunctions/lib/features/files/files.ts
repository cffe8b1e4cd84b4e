// Uploads: a place to upload is handed out (file.prepare), the phone uploads straight to storage, the bytes are
// checked (file.check, which hands back a ticket), and a record then takes the caller's own checked files by their
// tickets (./tickets.ts). Records keep { fileRef, fileId }; pages get temporary addresses for all their pictures in
// one call; deleting a record deletes its files.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, cloud, db } from '../../db/cloud'
import { count, findById, newId } from '../../db/access'
import { shanghaiDay } from '../../core/time.rules'
import { chunks } from '../../core/chunks'
import type { ActionContext } from '../../core/context'
import type { FileDoc } from './docs'
import type { CheckedUpload, DownloadView, PhotoView, PreparedUpload } from './views'
import { cloudPathFor, UPLOADS_PER_DAY, uploadProblem, type Extension } from './rules'
import { ticketFor, type StoredPhoto } from './tickets'

/** Temporary addresses live two hours: long enough for a page left open, short enough not to travel far. */
const URL_SECONDS = 2 * 3600

/** The most files one storage call takes (getTempFileURL, deleteFile): more go in several calls at once. */
export const FILES_PER_CALL = 50

export async function prepareUpload(
  ctx: ActionContext,
  input: ParsedInput<'file.prepare'> | ParsedInput<'file.prepareForCommunity'>,
): Promise<PreparedUpload> {
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
    return checked(ctx, file, file.fileId)
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
    .update({ data: { state: 'ready', fileId: input.fileId, size: bytes.length } })
  return checked(ctx, file, input.fileId)
}

async function checked(ctx: ActionContext, file: FileDoc, fileId: string): Promise<CheckedUpload> {
  const [url, ticket] = await Promise.all([temporaryUrls([fileId]).then((u) => u[0]), ticketFor(ctx.openid, file.purpose, fileId)])
  return { fileRef: file._id, url, ticket }
}

/** Temporary addresses for many files, fifty to a call to storage, the calls at once; '' for a file that is gone. */
export async function temporaryUrls(fileIds: readonly string[]): Promise<string[]> {
  const answers = await Promise.all(
    chunks(fileIds, FILES_PER_CALL).map(
      (part) =>
        cloud.getTempFileURL({ fileList: part.map((fileID) => ({ fileID, maxAge: URL_SECONDS })) }) as Promise<{
          fileList: { fileID: string; status: number; tempFileURL: string }[]
        }>,
    ),
  )
  const urls = new Map(answers.flatMap((a) => a.fileList).map((f) => [f.fileID, f.status === 0 ? f.tempFileURL : '']))
  return fileIds.map((id) => urls.get(id) ?? '')
}

/** Files gone from storage, fifty to a call, the calls at once. */
export async function deleteStored(fileIds: readonly string[]): Promise<void> {
  await Promise.all(chunks(fileIds, FILES_PER_CALL).map((part) => cloud.deleteFile({ fileList: part })))
}

/** The photos of many records (a page), addressed with one call to storage. */
export async function photoViews<T>(records: readonly T[], photosOf: (r: T) => readonly StoredPhoto[] | undefined): Promise<PhotoView[][]> {
  const all = records.flatMap((r) => photosOf(r) ?? [])
  const urls = new Map(all.map((p, i) => [p.fileRef, i]))
  const addresses = await temporaryUrls(all.map((p) => p.fileId))
  return records.map((r) => (photosOf(r) ?? []).map((p) => ({ fileRef: p.fileRef, url: addresses[urls.get(p.fileRef)!] })))
}

/** A record is deleted: its files go from storage, then their documents (a file is forgotten only once its bytes are gone). */
export async function deleteFilesOf(photos: readonly StoredPhoto[]): Promise<void> {
  if (photos.length === 0) return
  await deleteStored(photos.map((p) => p.fileId))
  await db
    .collection(C.files)
    .where({ _id: _.in(photos.map((p) => p.fileRef)) })
    .remove()
}

/**
 * A workbook made for the caller, put in storage under a name nobody can guess and handed over by a temporary
 * address (the daily job removes it a day later, like any upload nothing keeps).
 */
export async function handOver(ctx: ActionContext, fileName: string, bytes: Buffer): Promise<DownloadView> {
  const fileRef = newId()
  const cloudPath = cloudPathFor('download', fileRef, 'xlsx', shanghaiDay(ctx.now))
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: bytes })
  const file: Omit<FileDoc, '_id'> = {
    fileId: fileID,
    cloudPath,
    purpose: 'download',
    uploadedBy: ctx.openid,
    state: 'ready',
    createdAt: ctx.now,
    size: bytes.length,
  }
  const [url] = await Promise.all([temporaryUrls([fileID]).then((u) => u[0]), db.collection(C.files).doc(fileRef).set({ data: file })])
  return { fileName, url }
}

/** Reads an upload's bytes (a roster sheet) once it is proven the caller's by its ticket. */
export async function bytesOf(photo: StoredPhoto): Promise<Buffer> {
  return (await cloud.downloadFile({ fileID: photo.fileId })).fileContent as Buffer
}
