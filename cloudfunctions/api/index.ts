// Entry of every user action: `{ action, input }` in, `{ ok, data | error }` out.
import { cloud } from '../lib/db/cloud'
import { route } from '../lib/router'
import { now } from '../lib/clock'

export async function main(event: unknown) {
  const { OPENID } = cloud.getWXContext()
  return route(event, OPENID, now())
}
