import { C } from '../../cloudfunctions/lib/db/collections'

type Db = { collection: (name: string) => { where: (q: object) => { limit: (n: number) => { get: () => Promise<{ data: unknown[] }> } } } }

/** Every document of every collection, to prove a refused call wrote nothing. */
export async function dbSnapshot(db: Db): Promise<string> {
  const all: Record<string, unknown[]> = {}
  for (const name of Object.values(C)) all[name] = (await db.collection(name).where({}).limit(1000).get()).data
  return JSON.stringify(all)
}
