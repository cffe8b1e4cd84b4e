// The emulator's durable document store: collections in memory, every commit appended to a journal
// and flushed to disk before it is acknowledged, so an acknowledged write survives kill -9.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { EJSON } from 'bson'
import { find } from 'mingo'
import { clone, type Doc } from './ejson'
import { CloudError, duplicateKey } from './errors'

export interface IndexSpec {
  collection: string
  name: string
  fields: string[]
  unique?: boolean
}

/** One document's new state in a commit; `doc: null` removes it. */
export interface Write {
  c: string
  id: string
  doc: Doc | null
}

export interface FindOptions {
  sort?: Record<string, 1 | -1>
  skip?: number
  limit?: number
  projection?: Record<string, 0 | 1>
}

type CommitListener = (writes: Write[], before: (Doc | null)[]) => void

export const keyOf = (c: string, id: string) => `${c}\u0000${id}`

export class Store {
  private readonly data = new Map<string, Map<string, Doc>>()
  /** unique index name → index key → owning _id */
  private readonly unique = new Map<string, Map<string, string>>()
  /**
   * The leading field of each index in indexes.json, as the database uses it: collection → field → value → ids.
   * Documents whose value there is not a plain string, number or boolean sit under OTHER and are always checked.
   */
  private readonly lookup = new Map<string, Map<string, Map<string, Set<string>>>>()
  private readonly lastWrite = new Map<string, number>()
  private readonly listeners: CommitListener[] = []
  private journalFd = -1
  private readonly contentHash = Buffer.alloc(32)
  seq = 0

  constructor(
    private readonly dir: string,
    private readonly indexes: IndexSpec[],
    private readonly fsync = true,
  ) {}

  open(): void {
    fs.mkdirSync(this.dir, { recursive: true })
    const snapshot = path.join(this.dir, 'snapshot.ejsonl')
    const journal = path.join(this.dir, 'journal.ejsonl')
    for (const line of readLines(snapshot)) {
      const { c, d } = EJSON.parse(line, { relaxed: true }) as { c: string; d: Doc }
      this.apply([{ c, id: d._id, doc: d }])
    }
    for (const line of readLines(journal)) {
      // A torn last line is a commit that was never acknowledged: skip it.
      let entry: { w: Write[] }
      try {
        entry = EJSON.parse(line, { relaxed: true }) as { w: Write[] }
      } catch {
        continue
      }
      this.apply(entry.w)
    }
    this.compact(snapshot, journal)
    this.journalFd = fs.openSync(journal, 'a')
  }

  close(): void {
    if (this.journalFd >= 0) fs.closeSync(this.journalFd)
    this.journalFd = -1
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener)
  }

  get(c: string, id: string): Doc | undefined {
    return this.data.get(c)?.get(id)
  }

  collectionNames(): string[] {
    return [...this.data.keys()]
  }

  /**
   * A hash of every document in every collection: equal before and after exactly when nothing is different. Kept
   * as the XOR of each document's hash, updated as documents are written, so reading it costs nothing.
   */
  digest(): string {
    return this.contentHash.toString('hex')
  }

  private xorDoc(c: string, id: string, doc: Doc): void {
    const h = createHash('sha256')
      .update(`${c}\u0000${id}\u0000${EJSON.stringify(doc, { relaxed: false })}`)
      .digest()
    for (let i = 0; i < h.length; i++) this.contentHash[i] ^= h[i]
  }

  lastWriteSeq(c: string, id: string): number {
    return this.lastWrite.get(keyOf(c, id)) ?? 0
  }

  find(c: string, query: Record<string, unknown>, options: FindOptions = {}): Doc[] {
    const docs = this.candidates(c, query)
    let cursor = find(docs, query, options.projection)
    if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort)
    if (options.skip) cursor = cursor.skip(options.skip)
    if (options.limit !== undefined) cursor = cursor.limit(options.limit)
    return cursor.all().map((d) => clone(d as Doc))
  }

  /** The documents a query can match: narrowed by an indexed leading field when the query fixes it, else all. */
  private candidates(c: string, query: Record<string, unknown>): Doc[] {
    const coll = this.data.get(c)
    if (!coll) return []
    if (typeof query._id === 'string') {
      const doc = coll.get(query._id)
      return doc ? [doc] : []
    }
    const fields = this.lookup.get(c)
    for (const [field, byValue] of fields ?? []) {
      const wanted = plainValues(query[field])
      if (!wanted) continue
      const ids = new Set(byValue.get(OTHER) ?? [])
      for (const v of wanted) for (const id of byValue.get(v) ?? []) ids.add(id)
      return [...ids].map((id) => coll.get(id)).filter((d): d is Doc => d !== undefined)
    }
    return [...coll.values()]
  }

  private relookup(c: string, id: string, before: Doc | undefined, after: Doc | null): void {
    for (const ix of this.indexes) {
      if (ix.collection !== c) continue
      let fields = this.lookup.get(c)
      if (!fields) this.lookup.set(c, (fields = new Map()))
      let byValue = fields.get(ix.fields[0])
      if (!byValue) fields.set(ix.fields[0], (byValue = new Map()))
      if (before) byValue.get(lookupKey(getPath(before, ix.fields[0])))?.delete(id)
      if (!after) continue
      const key = lookupKey(getPath(after, ix.fields[0]))
      let ids = byValue.get(key)
      if (!ids) byValue.set(key, (ids = new Set()))
      ids.add(id)
    }
  }

  /** Unique keys a document would claim: `index name` → key. Documents missing a field claim none (sparse). */
  uniqueKeys(c: string, doc: Doc): [string, string][] {
    const keys: [string, string][] = []
    for (const ix of this.indexes) {
      if (!ix.unique || ix.collection !== c) continue
      const values = ix.fields.map((f) => getPath(doc, f))
      if (values.some((v) => v === undefined || v === null)) continue
      keys.push([`${c}.${ix.name}`, EJSON.stringify(values as never)])
    }
    return keys
  }

  uniqueOwner(indexKey: string, key: string): string | undefined {
    return this.unique.get(indexKey)?.get(key)
  }

  /** What every collection holds now, to come back to with `restore` (documents are replaced on write, never changed in place). */
  mark(): Map<string, Map<string, Doc>> {
    return new Map([...this.data].map(([c, docs]) => [c, new Map(docs)]))
  }

  /** Back to a mark, as one ordinary commit of the differences: journalled, indexes and conflict tracking kept right. */
  restore(mark: Map<string, Map<string, Doc>>): number {
    const writes: Write[] = []
    for (const [c, docs] of this.data)
      for (const [id, doc] of docs) if (mark.get(c)?.get(id) !== doc) writes.push({ c, id, doc: mark.get(c)?.get(id) ?? null })
    for (const [c, docs] of mark) for (const [id, doc] of docs) if (!this.data.get(c)?.has(id)) writes.push({ c, id, doc })
    this.commit(writes)
    return writes.length
  }

  /** Checks unique indexes against the state after `writes`, journals them, then applies them. */
  commit(writes: Write[]): void {
    if (writes.length === 0) return
    this.checkUnique(writes)
    const before = writes.map((w) => this.get(w.c, w.id) ?? null)
    this.seq += 1
    if (this.journalFd >= 0) {
      fs.writeSync(this.journalFd, EJSON.stringify({ s: this.seq, w: writes } as never, { relaxed: false }) + '\n')
      if (this.fsync) fs.fdatasyncSync(this.journalFd)
    }
    this.apply(writes)
    for (const w of writes) this.lastWrite.set(keyOf(w.c, w.id), this.seq)
    for (const l of this.listeners) l(writes, before)
  }

  private checkUnique(writes: Write[]): void {
    const rewritten = new Map(writes.map((w) => [keyOf(w.c, w.id), w]))
    const claimed = new Map<string, string>()
    for (const w of writes) {
      if (!w.doc) continue
      for (const [ix, key] of this.uniqueKeys(w.c, w.doc)) {
        const slot = `${ix}\u0000${key}`
        const inBatch = claimed.get(slot)
        if (inBatch !== undefined && inBatch !== w.id) throw duplicateKey(w.c, ix, key)
        claimed.set(slot, w.id)
        const owner = this.uniqueOwner(ix, key)
        if (owner === undefined || owner === w.id) continue
        const ownerWrite = rewritten.get(keyOf(w.c, owner))
        const ownerKeeps = !ownerWrite || (ownerWrite.doc && this.uniqueKeys(w.c, ownerWrite.doc).some(([i, k]) => i === ix && k === key))
        if (ownerKeeps) throw duplicateKey(w.c, ix, key)
      }
    }
  }

  private apply(writes: Write[]): void {
    for (const w of writes) {
      let coll = this.data.get(w.c)
      if (!coll) this.data.set(w.c, (coll = new Map()))
      const old = coll.get(w.id)
      if (old) this.xorDoc(w.c, w.id, old)
      if (w.doc) this.xorDoc(w.c, w.id, w.doc)
      this.relookup(w.c, w.id, old, w.doc)
      if (old) for (const [ix, key] of this.uniqueKeys(w.c, old)) this.unique.get(ix)?.delete(key)
      if (w.doc === null) {
        coll.delete(w.id)
        continue
      }
      coll.set(w.id, w.doc)
      for (const [ix, key] of this.uniqueKeys(w.c, w.doc)) {
        let m = this.unique.get(ix)
        if (!m) this.unique.set(ix, (m = new Map()))
        m.set(key, w.id)
      }
    }
  }

  private compact(snapshot: string, journal: string): void {
    const tmp = `${snapshot}.tmp`
    const fd = fs.openSync(tmp, 'w')
    for (const [c, coll] of this.data) {
      for (const d of coll.values()) fs.writeSync(fd, EJSON.stringify({ c, d } as never, { relaxed: false }) + '\n')
    }
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fs.renameSync(tmp, snapshot)
    fs.writeFileSync(journal, '')
  }
}

const OTHER = '\u0000other'
const isPlain = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
const lookupKey = (v: unknown) => (isPlain(v) ? `${typeof v}:${String(v)}` : OTHER)

/** The plain values a query condition fixes a field to (`v` or `{ $in: [...] }`), or null when it does not. */
function plainValues(condition: unknown): string[] | null {
  if (isPlain(condition)) return [lookupKey(condition)]
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return null
  const keys = Object.keys(condition)
  const list = (condition as { $in?: unknown }).$in
  if (keys.length !== 1 || !Array.isArray(list) || !list.every(isPlain)) return null
  return list.map(lookupKey)
}

function readLines(file: string): string[] {
  if (!fs.existsSync(file)) return []
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
}

export function getPath(doc: unknown, dotted: string): unknown {
  let cur: unknown = doc
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[part]
  }
  return cur
}

export function assertCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) {
    throw new CloudError('INVALID_PARAM', 'collectionName is invalid')
  }
  return name
}
