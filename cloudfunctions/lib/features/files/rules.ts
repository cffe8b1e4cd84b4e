// What may be uploaded, for what, and how a file is recognised: by its first bytes, never by its name.

export type FileKind = 'photo' | 'sheet'

/**
 * Each use of an upload: what kind of file, how many on one record, and what it is about — a cadre (anyone who
 * may act for that cadre uploads it) or the community's own work (its staff upload it).
 */
export const FILE_PURPOSES = {
  visitPhoto: { kind: 'photo', most: 6, words: '走访照片', about: 'cadre' },
  workPhoto: { kind: 'photo', most: 9, words: '作品照片', about: 'cadre' },
  reportPhoto: { kind: 'photo', most: 1, words: '随报告的照片', about: 'cadre' },
  voicePhoto: { kind: 'photo', most: 3, words: '意见建议的照片', about: 'cadre' },
  activityCover: { kind: 'photo', most: 1, words: '活动封面', about: 'community' },
  activityPhoto: { kind: 'photo', most: 20, words: '活动现场照片', about: 'community' },
  materialPicture: { kind: 'photo', most: 20, words: '学习资料的插图', about: 'community' },
  evidencePhoto: { kind: 'photo', most: 6, words: '考核佐证照片', about: 'community' },
  rosterSheet: { kind: 'sheet', most: 1, words: '花名册表格', about: 'community' },
  /** A workbook the functions make (a template, an export): fetched by its temporary address, gone in a day. */
  download: { kind: 'sheet', most: 1, words: '导出的表格', about: 'server' },
} as const satisfies Record<string, { kind: FileKind; most: number; words: string; about: 'cadre' | 'community' | 'server' }>

export type FilePurpose = keyof typeof FILE_PURPOSES
type PurposeAbout<A> = { [P in FilePurpose]: (typeof FILE_PURPOSES)[P]['about'] extends A ? P : never }[FilePurpose]
export type CadrePurpose = PurposeAbout<'cadre'>
export type CommunityPurpose = PurposeAbout<'community'>
export const purposesAbout = <A extends 'cadre' | 'community'>(about: A) =>
  (Object.keys(FILE_PURPOSES) as FilePurpose[]).filter((p) => FILE_PURPOSES[p].about === about) as PurposeAbout<A>[]

/** Photos up to 10 MB (they are compressed on the phone first, so a real one is far smaller); sheets up to 5 MB. */
export const MAX_BYTES: Record<FileKind, number> = { photo: 10 * 1024 * 1024, sheet: 5 * 1024 * 1024 }

/** Uploads one person may start in a day: a phone that loops cannot fill the bucket. */
export const UPLOADS_PER_DAY = 60

/** Unused uploads are removed by the daily job once they are this old. */
export const UNUSED_FOR_MS = 24 * 3600_000

export type Sniffed = 'image/jpeg' | 'image/png' | 'image/webp' | 'xlsx' | 'csv'

/** The name endings an upload may declare, and what its bytes must then be. */
export const EXTENSIONS = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', xlsx: 'xlsx', csv: 'csv' } as const satisfies Record<
  string,
  Sniffed
>
export type Extension = keyof typeof EXTENSIONS

const startsWith = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x)

/** The file's type by its magic bytes: jpeg, png, webp, an xlsx (a zip) or plain-text csv; null for anything else. */
export function sniff(b: Uint8Array): Sniffed | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'
  // A csv is text: no NUL and no other control bytes than tab and line ends in its start.
  const head = b.subarray(0, 4096)
  if (head.length && head.every((x) => x >= 0x20 || x === 0x09 || x === 0x0a || x === 0x0d)) return 'csv'
  return null
}

export const kindOf = (t: Sniffed): FileKind => (t.startsWith('image/') ? 'photo' : 'sheet')

/** Where an upload goes: by purpose and month, under a random name nobody can guess. */
export function cloudPathFor(purpose: FilePurpose, id: string, ext: Extension, day: string): string {
  return `files/${purpose}/${day.slice(0, 7)}/${id}.${ext}`
}

/** Why a checked upload cannot be kept: a type other than its name says or its purpose takes, or too many bytes. */
export function uploadProblem(purpose: FilePurpose, ext: Extension, bytes: Uint8Array): 'FILE_WRONG_TYPE' | 'FILE_TOO_BIG' | null {
  const kind = FILE_PURPOSES[purpose].kind
  const type = sniff(bytes)
  if (!type || type !== EXTENSIONS[ext] || kindOf(type) !== kind) return 'FILE_WRONG_TYPE'
  if (bytes.length > MAX_BYTES[kind]) return 'FILE_TOO_BIG'
  return null
}
