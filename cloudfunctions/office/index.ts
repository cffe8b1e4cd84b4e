// Entry of the bureau's and the community office's actions (figures, 台帐; `lib/core/functions.ts` says which):
// the same envelope, router and access rules as `api`, in a function of its own.
import { cloud } from '../lib/db/cloud'
import { route } from '../lib/core/router'
import { now } from '../lib/core/clock'
import { officeContracts } from '../lib/office.contracts'
import { officeHandlers } from '../lib/office.handlers'

const routes = { contracts: officeContracts, handlers: officeHandlers }

export async function main(event: unknown) {
  const { OPENID } = cloud.getWXContext()
  return route(routes, event, OPENID, now())
}
