// A ticket is the proof, handed out by file.check, that this caller uploaded this checked file for this purpose.
// A record takes photos by their tickets: it can only point at the caller's own checked files, and saving it
// costs no read or write more than saving it without photos. The unused ones are swept by the daily job.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { AppError } from '../../contracts'
import { C } from '../../db/collections'
import { db } from '../../db/cloud'
import { findById } from '../../db/access'
import { FILE_PURPOSES, type FilePurpose } from './rules'

/** A photo as a record keeps it. */
export interface StoredPhoto {
  fileRef: string
  fileId: string
}

const KEY_DOC = 'uploadTicketKey'
let cachedKey: Promise<Buffer> | undefined

/**
 * The signing key: the function's UPLOAD_TICKET_KEY if the deploy set one, else a random key kept in jobState
 * (made by whichever instance needs it first, read once per instance after that).
 */
function ticketKey(): Promise<Buffer> {
  const fromEnv = process.env.UPLOAD_TICKET_KEY
  if (fromEnv) return Promise.resolve(Buffer.from(fromEnv))
  cachedKey ??= (async () => {
    const made = randomBytes(32).toString('base64')
    try {
      await db.collection(C.jobState).add({ data: { _id: KEY_DOC, key: made } })
    } catch {
      // Another instance made it first: theirs is the key.
    }
    const doc = await findById<{ key: string }>(C.jobState, KEY_DOC)
    return Buffer.from(doc!.key)
  })().catch((e: unknown) => {
    cachedKey = undefined
    throw e
  })
  return cachedKey
}

const signature = (key: Buffer, openid: string, purpose: FilePurpose, fileId: string) =>
  createHmac('sha256', key).update(`${openid}\n${purpose}\n${fileId}`).digest('base64url')

export async function ticketFor(openid: string, purpose: FilePurpose, fileId: string): Promise<string> {
  return `${fileId}#${signature(await ticketKey(), openid, purpose, fileId)}`
}

/** The file's reference is its name in storage (files/<purpose>/<month>/<fileRef>.<ext>). */
const refOf = (fileId: string) => fileId.slice(fileId.lastIndexOf('/') + 1).split('.')[0]

/**
 * The photos a record has after it is saved: each entry is either a photo it had (by its fileRef) or a new photo's
 * ticket; refused unless every new one was signed for this caller and purpose. Also the photos it no longer has,
 * for the caller to delete once the record is saved.
 */
export async function takePhotos(
  openid: string,
  purpose: FilePurpose,
  entries: readonly string[],
  had: readonly StoredPhoto[] = [],
): Promise<{ photos: StoredPhoto[]; dropped: StoredPhoto[] }> {
  const { most, words } = FILE_PURPOSES[purpose]
  if (new Set(entries).size !== entries.length || entries.length > most)
    throw new AppError('BAD_INPUT', `${words}最多 ${most} 张，不能重复`)
  const kept = new Map(had.map((p) => [p.fileRef, p]))
  const key = entries.some((e) => !kept.has(e)) ? await ticketKey() : undefined
  const photos = entries.map((entry) => kept.get(entry) ?? fromTicket(key!, openid, purpose, entry))
  const still = new Set(photos.map((p) => p.fileRef))
  return { photos, dropped: had.filter((p) => !still.has(p.fileRef)) }
}

function fromTicket(key: Buffer, openid: string, purpose: FilePurpose, ticket: string): StoredPhoto {
  const cut = ticket.lastIndexOf('#')
  const fileId = ticket.slice(0, cut)
  const given = Buffer.from(ticket.slice(cut + 1))
  const wanted = Buffer.from(signature(key, openid, purpose, fileId))
  if (cut < 0 || !fileId.includes(`/files/${purpose}/`) || given.length !== wanted.length || !timingSafeEqual(given, wanted))
    throw new AppError('FILE_NOT_YOURS')
  return { fileRef: refOf(fileId), fileId }
}
