import type { Access, ActionName } from '../../cloudfunctions/lib/contracts'
import { request } from './http'
import type { LocalCloud } from './localcloud'

export interface CatalogEntry {
  name: ActionName
  roles: string[]
  access: Access
  input: Record<string, unknown>
}

/** Every action, as the host lists it (GET /__cloud/actions), so a new action is covered by itself. */
export async function actionCatalog(cloud: LocalCloud): Promise<CatalogEntry[]> {
  return (await request(`${cloud.url}/__cloud/actions`)).json<CatalogEntry[]>()
}
