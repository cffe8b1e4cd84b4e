// CloudBase storage as wx-server-sdk (through @cloudbase/node-sdk) uses it: `storage.getUploadMetadata` hands out
// a one-time signed URL, the SDK PUTs the bytes there (COS answers an empty body, or an XML <Error>),
// `storage.batchGetDownloadUrl` gives temporary signed URLs, `storage.batchDeleteFile` removes files. Files live
// under the data directory; an upload is written, flushed and renamed into place before it is acknowledged,
// so an acknowledged upload survives kill -9 like an acknowledged database write.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { CloudError } from './errors'

/** The bucket part of every file ID, shaped like the platform's `cloud://<env>.<bucket>/<path>`. */
export const FILE_ID_PREFIX = 'cloud://local.6c6f-local-1300000000/'
/** The most files one getTempFileURL or deleteFile call takes on the platform. */
const FILES_PER_CALL = 50

/** How long an upload URL may be used, and the longest a download URL lives (the platform's limit is a day). */
const UPLOAD_WINDOW_MS = 15 * 60_000
const MAX_AGE_LIMIT_S = 86_400
const DEFAULT_MAX_AGE_S = 7_200

/** A cloud path the platform would store: relative, no `..`, no empty or dot segments, no control characters. */
export function validCloudPath(p: unknown): p is string {
  if (typeof p !== 'string' || p.length === 0 || p.length > 512) return false
  if (p.startsWith('/') || p.includes('\\') || [...p].some((ch) => ch.charCodeAt(0) < 0x20)) return false
  return p.split('/').every((seg) => seg.length > 0 && seg !== '.' && seg !== '..')
}

export const fileIdOf = (cloudPath: string) => FILE_ID_PREFIX + cloudPath

function pathOf(fileId: unknown): string | null {
  if (typeof fileId !== 'string' || !fileId.startsWith(FILE_ID_PREFIX)) return null
  const p = fileId.slice(FILE_ID_PREFIX.length)
  return validCloudPath(p) ? p : null
}

/** COS's error body, which the SDK parses and turns into STORAGE_REQUEST_FAIL / SYS_ERR. */
const cosError = (code: string, message: string, resource: string) =>
  `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message><Resource>${resource}</Resource>` +
  `<RequestId>${randomUUID()}</RequestId><TraceId>local</TraceId></Error>`

export interface CosAnswer {
  status: number
  body: Buffer | string
  type: string
}

export class Storage {
  private readonly root: string
  private readonly secret = randomBytes(32)
  /** Upload authorisations handed out and not yet used: authorization → path and deadline. */
  private readonly uploads = new Map<string, { path: string; until: number }>()

  constructor(
    dataDir: string,
    private readonly now: () => Date,
    private readonly fsync = true,
  ) {
    this.root = path.join(dataDir, 'files')
    fs.mkdirSync(this.root, { recursive: true })
  }

  private diskPath(cloudPath: string) {
    return path.join(this.root, ...cloudPath.split('/'))
  }

  exists(cloudPath: string): boolean {
    return fs.existsSync(this.diskPath(cloudPath))
  }

  /** storage.getUploadMetadata { path, method: 'put' } → where and how to PUT the bytes. */
  uploadMetadata(params: { path?: unknown }, base: string) {
    if (!validCloudPath(params.path)) throw new CloudError('INVALID_PARAM', `cloudPath 不合法：${String(params.path)}`)
    const token = randomBytes(24).toString('hex')
    const authorization = `q-sign-algorithm=sha1&q-signature=${token}`
    this.uploads.set(authorization, { path: params.path, until: this.now().getTime() + UPLOAD_WINDOW_MS })
    return {
      url: `${base}/__cos/${encodeCloudPath(params.path)}`,
      token,
      authorization,
      fileId: fileIdOf(params.path),
      cosFileId: randomUUID(),
      download_url: `${base}/__cos/${encodeCloudPath(params.path)}`,
    }
  }

  /** The PUT to the upload URL: accepted only with the authorisation issued for this very path, once. */
  put(cloudPath: string, authorization: string | undefined, bytes: Buffer): CosAnswer {
    const issued = authorization ? this.uploads.get(authorization) : undefined
    if (!issued || issued.path !== cloudPath || issued.until < this.now().getTime()) {
      return {
        status: 403,
        type: 'application/xml',
        body: cosError('SignatureDoesNotMatch', 'The upload authorisation is not valid for this key', cloudPath),
      }
    }
    this.uploads.delete(authorization!)
    this.store(cloudPath, bytes)
    return { status: 200, type: 'application/xml', body: '' }
  }

  /** Writes a file durably (flushed and renamed into place) and answers its file ID. */
  store(cloudPath: string, bytes: Buffer): string {
    const final = this.diskPath(cloudPath)
    fs.mkdirSync(path.dirname(final), { recursive: true })
    const temp = `${final}.${randomBytes(6).toString('hex')}.part`
    const fd = fs.openSync(temp, 'w')
    try {
      fs.writeSync(fd, bytes)
      if (this.fsync) fs.fdatasyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, final)
    if (this.fsync) syncDir(path.dirname(final))
    return fileIdOf(cloudPath)
  }

  private sign(cloudPath: string, until: number) {
    return createHmac('sha256', this.secret).update(`${cloudPath}\n${until}`).digest('hex')
  }

  /** storage.batchGetDownloadUrl { file_list: [{ fileid, max_age }] } → one entry per file, in order. */
  downloadList(params: { file_list?: unknown }, base: string) {
    const list = Array.isArray(params.file_list) ? (params.file_list as { fileid?: unknown; max_age?: unknown }[]) : null
    if (!list) throw new CloudError('INVALID_PARAM', 'file_list 必须是数组')
    if (list.length > FILES_PER_CALL) throw new CloudError('INVALID_PARAM', `一次最多 ${FILES_PER_CALL} 个文件`)
    return {
      download_list: list.map(({ fileid, max_age }) => {
        const cloudPath = pathOf(fileid)
        const maxAge = Math.min(typeof max_age === 'number' && max_age > 0 ? max_age : DEFAULT_MAX_AGE_S, MAX_AGE_LIMIT_S)
        if (!cloudPath) return { code: 'STORAGE_EXCEED_AUTHORITY', fileID: fileid, tempFileURL: '', maxAge }
        if (!this.exists(cloudPath)) return { code: 'STORAGE_FILE_NONEXIST', fileID: fileid, tempFileURL: '', maxAge }
        const until = Math.floor(this.now().getTime() / 1000) + maxAge
        const tempFileURL = `${base}/__cos/${encodeCloudPath(cloudPath)}?t=${until}&sign=${this.sign(cloudPath, until)}`
        return { code: 'SUCCESS', fileID: fileid, tempFileURL, maxAge }
      }),
    }
  }

  /** A GET of a temporary URL: the bytes while its signature holds, 403 once it has expired. */
  get(cloudPath: string, query: URLSearchParams): CosAnswer {
    const until = Number(query.get('t'))
    const sign = Buffer.from(query.get('sign') ?? '', 'utf8')
    const expected = Buffer.from(this.sign(cloudPath, until), 'utf8')
    if (sign.length !== expected.length || !timingSafeEqual(sign, expected) || until * 1000 < this.now().getTime()) {
      return {
        status: 403,
        type: 'application/xml',
        body: cosError('AccessDenied', 'Request has expired or the signature is wrong', cloudPath),
      }
    }
    if (!this.exists(cloudPath))
      return { status: 404, type: 'application/xml', body: cosError('NoSuchKey', 'The specified key does not exist.', cloudPath) }
    return { status: 200, type: contentTypeOf(cloudPath), body: fs.readFileSync(this.diskPath(cloudPath)) }
  }

  /** storage.batchDeleteFile { fileid_list } → one entry per file, in order. */
  deleteList(params: { fileid_list?: unknown }) {
    const list = Array.isArray(params.fileid_list) ? (params.fileid_list as unknown[]) : null
    if (!list) throw new CloudError('INVALID_PARAM', 'fileid_list 必须是数组')
    if (list.length > FILES_PER_CALL) throw new CloudError('INVALID_PARAM', `一次最多 ${FILES_PER_CALL} 个文件`)
    return {
      delete_list: list.map((fileid) => {
        const cloudPath = pathOf(fileid)
        if (!cloudPath) return { code: 'STORAGE_EXCEED_AUTHORITY', fileID: fileid }
        if (!this.exists(cloudPath)) return { code: 'STORAGE_FILE_NONEXIST', fileID: fileid }
        fs.rmSync(this.diskPath(cloudPath))
        if (this.fsync) syncDir(path.dirname(this.diskPath(cloudPath)))
        return { code: 'SUCCESS', fileID: fileid }
      }),
    }
  }
}

function syncDir(dir: string) {
  const fd = fs.openSync(dir, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

export const encodeCloudPath = (p: string) => p.split('/').map(encodeURIComponent).join('/')

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const contentTypeOf = (p: string) => TYPES[p.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'
