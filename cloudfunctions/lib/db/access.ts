// Typed reads and writes over wx-server-sdk. Actions use these; nothing else touches the SDK.
import { randomUUID } from 'node:crypto'
import { _, db } from './cloud'
import type { Operator, Query, Transaction } from './types'

export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get()
  return ((res.data as unknown[])[0] as T) ?? null
}

type Order = [string, 'asc' | 'desc']

/** The most one read returns, on the platform as in localcloud. */
export const MAX_READ = 1000

/**
 * One read of at most `limit` documents. The limit is required: without it the SDK returns 100 and drops the rest
 * silently. For a whole set use `findAll`; for a list people page through use `findPage`.
 */
export async function findMany<T>(
  collection: string,
  query: Query | Operator,
  options: { orderBy?: Order | Order[]; skip?: number; limit: number },
): Promise<T[]> {
  let q = db.collection(collection).where(query)
  const orders = options.orderBy ? (Array.isArray(options.orderBy[0]) ? (options.orderBy as Order[]) : [options.orderBy as Order]) : []
  for (const [field, direction] of orders) q = q.orderBy(field, direction)
  if (options.skip) q = q.skip(options.skip)
  const res = await q.limit(Math.min(options.limit, MAX_READ)).get()
  return res.data as T[]
}

/** Every matching document, read a thousand at a time in `_id` order so none is missed or read twice. */
export async function findAll<T>(collection: string, query: Query | Operator): Promise<T[]> {
  const all: T[] = []
  for (let after = ''; ;) {
    const page = await findMany<T & { _id: string }>(collection, after ? _.and([query, { _id: _.gt(after) }]) : query, {
      orderBy: ['_id', 'asc'],
      limit: MAX_READ,
    })
    all.push(...page)
    if (page.length < MAX_READ) return all
    after = page[page.length - 1]._id
  }
}

/** Documents whose `field` is one of `values`, however many values there are. */
export async function findIn<T>(collection: string, field: string, values: readonly string[], query: Query = {}): Promise<T[]> {
  const unique = [...new Set(values)]
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(unique.length / MAX_READ) }, (_v, i) =>
      findAll<T>(collection, { ...query, [field]: _.in(unique.slice(i * MAX_READ, (i + 1) * MAX_READ)) }),
    ),
  )
  return pages.flat()
}

/** One page of a list people read, with how many there are in all and where the next page starts (null: none). */
export interface Page<T> {
  items: T[]
  total: number
  next: number | null
}

/** A page of a list already read whole and put in order here (an order the database cannot sort by). */
export function pageOf<T>(all: readonly T[], offset = 0, size: number): Page<T> {
  const items = all.slice(offset, offset + size)
  return { items, total: all.length, next: offset + items.length < all.length ? offset + items.length : null }
}

/**
 * A list where everything still to act on comes first, all of it, on the first page (in `_id` order: the caller
 * sorts it), then the rest a page at a time; `total` counts both, `next` is the offset into the rest.
 */
export async function openThenPage<T>(
  collection: string,
  open: Query,
  rest: Query,
  options: { orderBy: Order | Order[]; offset?: number; size: number },
): Promise<Page<T> & { open: T[]; openCount: number }> {
  const offset = options.offset ?? 0
  const [openDocs, openCount, page] = await Promise.all([
    offset === 0 ? findAll<T>(collection, open) : Promise.resolve([]),
    offset === 0 ? Promise.resolve(-1) : count(collection, open),
    findPage<T>(collection, rest, options),
  ])
  const opened = openCount < 0 ? openDocs.length : openCount
  return { open: openDocs, openCount: opened, items: page.items, total: opened + page.total, next: page.next }
}

/** A page in a stable order: `_id` breaks ties, so paging never repeats or skips a document. */
export async function findPage<T>(
  collection: string,
  query: Query | Operator,
  options: { orderBy: Order | Order[]; offset?: number; size: number },
): Promise<Page<T>> {
  const orders = Array.isArray(options.orderBy[0]) ? (options.orderBy as Order[]) : [options.orderBy as Order]
  const offset = options.offset ?? 0
  const [items, total] = await Promise.all([
    findMany<T>(collection, query, { orderBy: [...orders, ['_id', 'asc']], skip: offset, limit: options.size }),
    count(collection, query),
  ])
  const next = offset + items.length < total && items.length > 0 ? offset + items.length : null
  return { items, total, next }
}

export async function count(collection: string, query: Query | Operator): Promise<number> {
  const res = await db.collection(collection).where(query).count()
  return res.total
}

export function isDuplicateKey(e: unknown): boolean {
  const err = e as { errMsg?: string; message?: string }
  return /E11000|duplicate key/i.test(`${err?.errMsg ?? ''} ${err?.message ?? ''}`)
}

/** A new document id, made here so that one transaction can write several documents that refer to each other. */
export function newId(): string {
  return randomUUID().replace(/-/g, '')
}

/** A document read inside a transaction, or null: wx-server-sdk rejects the read of a missing document. */
export async function readInTx<T>(tx: Transaction, collection: string, id: string): Promise<T | null> {
  try {
    return (await tx.collection(collection).doc(id).get()).data as T
  } catch (e) {
    if (/does not exist/.test(String((e as { errMsg?: string }).errMsg ?? ''))) return null
    throw e
  }
}

/** Writes in flight at once: fast enough on a slow network, gentle enough on the database. */
const PARALLEL = 20

/** Writes each document under its key; one already there is the same occasion, already done. Counts the new ones. */
export async function addOnce(collection: string, docs: readonly { _id: string }[]): Promise<number> {
  let created = 0
  for (let i = 0; i < docs.length; i += PARALLEL) {
    const results = await Promise.all(
      docs.slice(i, i + PARALLEL).map((doc) =>
        db
          .collection(collection)
          .add({ data: { ...doc } })
          .then(
            () => 1,
            (e: unknown) => {
              if (isDuplicateKey(e)) return 0
              throw e
            },
          ),
      ),
    )
    created += results.reduce((a, b) => a + b, 0)
  }
  return created
}
