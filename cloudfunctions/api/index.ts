// Entry of every day-to-day user action: `{ action, input }` in, `{ ok, data | error }` out.
import { cloud } from '../lib/db/cloud'
import { route } from '../lib/core/router'
import { now } from '../lib/core/clock'
import { apiContracts } from '../lib/api.contracts'
import { apiHandlers } from '../lib/handlers'

const routes = { contracts: apiContracts, handlers: apiHandlers }

export async function main(event: unknown) {
  const { OPENID } = cloud.getWXContext()
  return route(routes, event, OPENID, now())
}
