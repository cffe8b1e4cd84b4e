// Entry of every user action: `{ action, input }` in, `{ ok, data | error }` out.
import { cloud } from '../lib/db/cloud'
import { route } from '../lib/core/router'
import { now } from '../lib/core/clock'

export async function main(event: unknown) {
  const { OPENID } = cloud.getWXContext()
  return route(event, OPENID, now())
}
