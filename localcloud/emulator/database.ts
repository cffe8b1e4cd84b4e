// The database.* actions of CloudBase's wire protocol, executed with MongoDB semantics (mingo).
import { randomBytes } from 'node:crypto'
import { update as applyModifier } from 'mingo'
import { clone, parseEJSON, toEJSON, type Doc } from './ejson'
import { CloudError, duplicateKey } from './errors'
import { assertCollectionName, type Store, type Write } from './store'
import type { Transactions } from './transactions'

/** Where collections created through the SDK are remembered (durably, like any write). */
const CREATED = '__collections'

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export interface WireRequest {
  action: string
  collectionName?: string
  queryType?: 'WHERE' | 'DOC'
  query?: string
  order?: string
  offset?: number
  limit?: number
  projection?: string
  data?: string | string[]
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  transactionId?: string
}

/** The answer body: `data` for ordinary calls, `top` for fields CloudBase puts at the top level. */
export interface WireAnswer {
  data?: unknown
  top?: Record<string, unknown>
}

export class Database {
  constructor(
    private readonly store: Store,
    private readonly txs: Transactions,
    private readonly now: () => Date,
    /** The collections the repo declares (security-rules.json, the list deployment creates); others must be created. */
    private readonly declared: readonly string[],
  ) {}

  /** Whether a collection exists: declared by the repo, or created through the SDK (`db.createCollection`). */
  exists(name: string): boolean {
    return !name.startsWith('__') && (this.declared.includes(name) || this.store.get(CREATED, name) !== undefined)
  }

  /** The request's collection, which must exist: CloudBase answers an error for any other, reads and writes alike. */
  private collection(req: WireRequest): string {
    const c = assertCollectionName(req.collectionName)
    if (!this.exists(c)) throw new CloudError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${c}`)
    return c
  }

  private addCollection(req: WireRequest): WireAnswer {
    const c = assertCollectionName(req.collectionName)
    if (c.startsWith('__')) throw new CloudError('INVALID_PARAM', 'collectionName is invalid')
    if (this.exists(c)) throw new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: ${c}`)
    this.store.commit([{ c: CREATED, id: c, doc: { _id: c } }])
    return { data: {} }
  }

  async handle(req: WireRequest): Promise<WireAnswer> {
    switch (req.action) {
      case 'database.startTransaction':
        return { top: { transactionId: this.txs.start() } }
      case 'database.commitTransaction':
        this.txs.commit(requireTx(req))
        return { data: {} }
      case 'database.abortTransaction':
        this.txs.abort(requireTx(req))
        return { data: {} }
      case 'database.addCollection':
        return this.addCollection(req)
      case 'database.getDocument':
        return { data: this.get(req) }
      case 'database.calculateDocument':
        return { data: { total: this.store.find(this.collection(req), this.query(req)).length } }
      case 'database.insertDocument':
        return { data: this.insert(req) }
      case 'database.modifyDocument':
        return { data: this.modify(req) }
      case 'database.removeDocument':
      case 'database.deleteDocument':
        return { data: this.remove(req) }
      default:
        throw new CloudError('INVALID_ACTION', `action ${req.action} is not supported by localcloud`)
    }
  }

  private query(req: WireRequest): Record<string, unknown> {
    const q = parseEJSON(req.query, this.now)
    if (q === undefined) return {}
    if (!q || typeof q !== 'object' || Array.isArray(q)) throw new CloudError('INVALID_PARAM', 'query must be an object')
    return q as Record<string, unknown>
  }

  /** An update or remove names what it changes: with no query at all (not even `where({})`) it is refused. */
  private whereQuery(req: WireRequest): Record<string, unknown> {
    if (req.queryType !== 'DOC' && (req.query === undefined || req.query === ''))
      throw new CloudError('INVALID_PARAM', 'query is required: use where() to choose the documents')
    return this.query(req)
  }

  private docId(req: WireRequest): string {
    const id = this.query(req)._id
    if (typeof id !== 'string' || id === '') {
      throw new CloudError('INVALID_PARAM', '事务中仅支持按 _id 操作单个文档')
    }
    return id
  }

  private get(req: WireRequest) {
    const c = this.collection(req)
    if (req.transactionId) {
      const doc = this.txs.read(req.transactionId, c, this.docId(req))
      return { list: doc ? [toEJSON(doc)] : [] }
    }
    const limit = Math.min(Math.max(Number(req.limit ?? DEFAULT_LIMIT), 0) || DEFAULT_LIMIT, MAX_LIMIT)
    const offset = Math.max(Number(req.offset ?? 0), 0)
    const sort = orderOf(parseEJSON(req.order, this.now))
    const projection = parseEJSON(req.projection, this.now) as Record<string, 0 | 1> | undefined
    const list = this.store.find(c, this.query(req), { sort, skip: offset, limit, projection })
    return { list: list.map(toEJSON), offset, limit }
  }

  private insert(req: WireRequest) {
    const c = this.collection(req)
    const raw = Array.isArray(req.data) ? req.data : [req.data]
    const docs = raw.map((d) => {
      const doc = parseEJSON(d, this.now) as Record<string, unknown> | undefined
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new CloudError('INVALID_PARAM', 'data must be an object')
      const bad = dollarField(doc)
      if (bad) throw new CloudError('DATABASE_REQUEST_FAILED', `field names cannot start with '$': ${bad}`)
      const id = doc._id === undefined ? newId() : doc._id
      if (typeof id !== 'string' || id === '') throw new CloudError('INVALID_PARAM', '_id must be a non-empty string')
      return { ...doc, _id: id } as Doc
    })
    for (const doc of docs) {
      const exists = req.transactionId ? this.txs.read(req.transactionId, c, doc._id) : this.store.get(c, doc._id)
      if (exists) throw duplicateKey(c, '_id_', JSON.stringify(doc._id))
    }
    if (req.transactionId) for (const doc of docs) this.txs.write(req.transactionId, c, doc._id, doc)
    else this.store.commit(docs.map((doc) => ({ c, id: doc._id, doc })))
    return { insertedIds: docs.map((d) => d._id) }
  }

  private modify(req: WireRequest) {
    const c = this.collection(req)
    const data = parseEJSON(typeof req.data === 'string' ? req.data : undefined, this.now)
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new CloudError('INVALID_PARAM', 'data must be an object')
    const change = (cur: Doc) => modified(cur, data as Record<string, unknown>, req.merge !== false)
    if (req.transactionId) {
      const id = this.docId(req)
      const cur = this.txs.read(req.transactionId, c, id)
      if (!cur && !req.upsert) return { updated: 0, upsert_id: null }
      this.txs.write(req.transactionId, c, id, change(cur ?? { _id: id }))
      return cur ? { updated: 1, upsert_id: null } : { updated: 0, upsert_id: id }
    }
    const query = this.whereQuery(req)
    const matched = this.store.find(c, query, req.multi === true ? {} : { limit: 1 })
    if (matched.length === 0) {
      if (!req.upsert) return { updated: 0, upsert_id: null }
      const seed = equalityFields(query)
      const doc = change({ ...seed, _id: typeof seed._id === 'string' ? seed._id : newId() } as Doc)
      this.store.commit([{ c, id: doc._id, doc }])
      return { updated: 0, upsert_id: doc._id }
    }
    this.store.commit(matched.map((cur) => ({ c, id: cur._id, doc: change(cur) })))
    return { updated: matched.length, upsert_id: null }
  }

  private remove(req: WireRequest) {
    const c = this.collection(req)
    if (req.transactionId) {
      const id = this.docId(req)
      const cur = this.txs.read(req.transactionId, c, id)
      if (cur) this.txs.write(req.transactionId, c, id, null)
      return { deleted: cur ? 1 : 0 }
    }
    const matched = this.store.find(c, this.whereQuery(req), req.multi !== false ? {} : { limit: 1 })
    const writes: Write[] = matched.map((d) => ({ c, id: d._id, doc: null }))
    this.store.commit(writes)
    return { deleted: writes.length }
  }
}

/** The first field name at any depth that starts with '$', which the platform refuses to store. */
function dollarField(value: unknown, path = ''): string | null {
  if (!value || typeof value !== 'object' || value instanceof Date) return null
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(value) && k.startsWith('$')) return `${path}${k}`
    const inner = dollarField(v, `${path}${k}.`)
    if (inner) return inner
  }
  return null
}

function requireTx(req: WireRequest): string {
  if (!req.transactionId) throw new CloudError('INVALID_PARAM', 'transactionId is required')
  return req.transactionId
}

function modified(cur: Doc, data: Record<string, unknown>, merge: boolean): Doc {
  if (!merge) return { ...clone(data), _id: cur._id } as Doc
  const ops = Object.keys(data).some((k) => k.startsWith('$')) ? data : { $set: data }
  if ('$set' in ops && ops.$set && typeof ops.$set === 'object' && '_id' in (ops.$set as object)) {
    throw new CloudError('INVALID_PARAM', '不能更新_id的值')
  }
  const next = clone(cur)
  try {
    applyModifier(next, ops as never)
  } catch (e) {
    throw new CloudError('DATABASE_REQUEST_FAILED', `update failed: ${(e as Error).message}`)
  }
  return next
}

function equalityFields(query: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(query)) {
    if (!k.startsWith('$') && !k.includes('.') && (v === null || typeof v !== 'object' || v instanceof Date)) out[k] = v
  }
  return out
}

function orderOf(order: unknown): Record<string, 1 | -1> | undefined {
  if (!order || typeof order !== 'object') return undefined
  const out: Record<string, 1 | -1> = {}
  for (const [k, v] of Object.entries(order as Record<string, unknown>)) out[k] = Number(v) < 0 ? -1 : 1
  return out
}

/** 32 hex characters, like CloudBase's generated ids. */
function newId(): string {
  return randomBytes(16).toString('hex')
}
