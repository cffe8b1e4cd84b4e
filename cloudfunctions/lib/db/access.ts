// Typed reads and writes over wx-server-sdk. Actions use these; nothing else touches the SDK.
import { randomUUID } from 'node:crypto'
import { db } from './cloud'
import type { Operator, Query, Transaction } from './types'

export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get()
  return ((res.data as unknown[])[0] as T) ?? null
}

type Order = [string, 'asc' | 'desc']

export async function findMany<T>(
  collection: string,
  query: Query | Operator,
  options: { orderBy?: Order | Order[]; skip?: number; limit?: number } = {},
): Promise<T[]> {
  let q = db.collection(collection).where(query)
  const orders = options.orderBy ? (Array.isArray(options.orderBy[0]) ? (options.orderBy as Order[]) : [options.orderBy as Order]) : []
  for (const [field, direction] of orders) q = q.orderBy(field, direction)
  if (options.skip) q = q.skip(options.skip)
  const res = await q.limit(options.limit ?? 100).get()
  return res.data as T[]
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
