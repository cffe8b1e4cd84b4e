// Shared set-up of the test files that run against one localcloud for the whole file.
import { startLocalCloud, sdkFor, type LocalCloud } from './localcloud'
import { dbSnapshot } from './snapshot'
import { actionCatalog, type CatalogEntry } from './catalog'
import { addCallerKinds } from './callers'
import type { Database } from '../../cloudfunctions/lib/db/types'

export interface FileCloud {
  cloud: LocalCloud
  db: Database
  /** Every action, those anyone may call last (they change who people are: a claimed record, a new link). */
  actions: CatalogEntry[]
  /** Every document of every collection, to prove a call wrote nothing. */
  snapshot: () => Promise<string>
}

/** Starts one localcloud before the file's tests and stops it after; the fields are filled in beforeAll. */
export function useFileCloud(options: { seed?: boolean; collections?: string[] } = {}): FileCloud {
  const ctx = {} as FileCloud
  beforeAll(async () => {
    ctx.cloud = await startLocalCloud({ seed: options.seed })
    ctx.db = sdkFor(ctx.cloud).database()
    // Collections beyond the repo's declared ones must be created first, as on CloudBase.
    for (const name of options.collections ?? []) await ctx.db.createCollection(name)
    if (options.seed !== false) await addCallerKinds(ctx.db)
    ctx.snapshot = () => dbSnapshot(ctx.cloud)
    ctx.actions = (await actionCatalog(ctx.cloud)).sort((a, b) => Number(!!a.access.anyone) - Number(!!b.access.anyone))
  })
  afterAll(() => ctx.cloud.stop())
  return ctx
}
