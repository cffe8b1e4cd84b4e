import { C } from '../../cloudfunctions/lib/db/collections'

import type { Database } from '../../cloudfunctions/lib/db/types'

/** Every document of every collection, to prove a refused call wrote nothing. */
export async function dbSnapshot(db: Database): Promise<string> {
  const names = Object.values(C)
  const lists = await Promise.all(names.map(async (name) => (await db.collection(name).where({}).limit(1000).get()).data))
  return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, lists[i]])))
}
