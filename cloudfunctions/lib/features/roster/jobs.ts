// The minutely job's part of the roster: a cadre's corrected name, address or phone reaches the copies other
// records keep for their own pages (open bookings and tasks, active pairs, family links), so a provider never goes
// to the old address. A cadre corrected again meanwhile stays marked and is taken on the next run.
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findMany } from '../../db/access'
import { OPEN } from '../services/rules'
import type { CadreDoc } from '../people/docs'

/** Cadres brought up to date in one run; more wait a minute. */
const PER_RUN = 20

export async function syncCadreCopies(): Promise<number> {
  const stale = await findMany<CadreDoc>(C.cadres, { copiesStale: true }, { limit: PER_RUN })
  await Promise.all(
    stale.map(async (c) => {
      const of = (collection: string, query: Record<string, unknown>) => db.collection(collection).where({ cadreId: c._id, ...query })
      const phone = c.phone ?? _.remove()
      await Promise.all([
        of(C.bookings, { status: _.in([...OPEN]) }).update({ data: { cadreName: c.name, address: c.address, cadrePhone: phone } }),
        of(C.tasks, { status: 'open' }).update({ data: { cadreName: c.name, address: c.address, phone } }),
        of(C.pairs, { active: true }).update({ data: { cadreName: c.name, address: c.address, cadrePhone: phone } }),
        of(C.familyLinks, {}).update({ data: { cadreName: c.name } }),
      ])
      await db
        .collection(C.cadres)
        .where({ _id: c._id, rev: c.rev ?? _.exists(false) })
        .update({ data: { copiesStale: false } })
    }),
  )
  return stale.length
}
