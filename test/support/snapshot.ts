import { C } from '../../cloudfunctions/lib/db/collections'
import type { Database } from '../../cloudfunctions/lib/db/types'
import { request } from './http'
import type { LocalCloud } from './localcloud'

/**
 * A hash of every document of every collection, made inside localcloud, to prove a refused call left the database
 * as it was (reading every collection through the SDK instead took most of the gates' time, and stopped at 1,000
 * documents a collection).
 */
export async function dbSnapshot(cloud: LocalCloud): Promise<string> {
  const { digest } = await (await request(`${cloud.url}/__cloud/digest`)).json<{ digest: string }>()
  return `database ${digest}`
}

/** Every document of every collection, as text: where a name or a number may still be written. */
export async function everyDocument(db: Database): Promise<string> {
  const dump: Record<string, unknown[]> = {}
  for (const name of Object.values(C)) {
    dump[name] = []
    for (let skip = 0; ; skip += 1000) {
      const page = (await db.collection(name).where({}).orderBy('_id', 'asc').skip(skip).limit(1000).get()).data
      dump[name].push(...page)
      if (page.length < 1000) break
    }
  }
  return JSON.stringify(dump)
}
