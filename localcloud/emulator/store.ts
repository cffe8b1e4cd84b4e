// The emulator's durable document store: collections in memory, every commit appended to a journal
// and flushed to disk before it is acknowledged, so an acknowledged write survives kill -9.
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
  private readonly lastWrite = new Map<string, number>()
  private readonly listeners: CommitListener[] = []
  private journalFd = -1
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

  lastWriteSeq(c: string, id: string): number {
    return this.lastWrite.get(keyOf(c, id)) ?? 0
  }

  find(c: string, query: Record<string, unknown>, options: FindOptions = {}): Doc[] {
    const docs = [...(this.data.get(c)?.values() ?? [])]
    let cursor = find(docs, query, options.projection)
    if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort)
    if (options.skip) cursor = cursor.skip(options.skip)
    if (options.limit !== undefined) cursor = cursor.limit(options.limit)
    return cursor.all().map((d) => clone(d as Doc))
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
