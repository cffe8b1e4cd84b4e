// Typed reads and writes over wx-server-sdk. Actions use these; nothing else touches the SDK.
import { db } from './cloud'
import type { Operator, Query } from './types'

export async function findById<T>(collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get()
  return ((res.data as unknown[])[0] as T) ?? null
}

export async function findMany<T>(
  collection: string,
  query: Query | Operator,
  options: { orderBy?: [string, 'asc' | 'desc']; skip?: number; limit?: number } = {},
): Promise<T[]> {
  let q = db.collection(collection).where(query)
  if (options.orderBy) q = q.orderBy(options.orderBy[0], options.orderBy[1])
  if (options.skip) q = q.skip(options.skip)
  const res = await q.limit(options.limit ?? 100).get()
  return res.data as T[]
}

export async function count(collection: string, query: Query | Operator): Promise<number> {
  const res = await db.collection(collection).where(query).count()
  return res.total
}

export async function insert(collection: string, doc: Query): Promise<string> {
  const res = await db.collection(collection).add({ data: doc })
  return String(res._id)
}

export async function updateById(collection: string, id: string, data: Query): Promise<number> {
  const res = await db.collection(collection).doc(id).update({ data })
  return res.stats.updated
}

/** Updates only while `guard` still holds: a compare-and-set that loses cleanly to a concurrent change. */
export async function updateWhere(collection: string, guard: Query, data: Query): Promise<number> {
  const res = await db.collection(collection).where(guard).update({ data })
  return res.stats.updated
}

export function isDuplicateKey(e: unknown): boolean {
  const err = e as { errMsg?: string; message?: string }
  return /E11000|duplicate key/i.test(`${err?.errMsg ?? ''} ${err?.message ?? ''}`)
}
