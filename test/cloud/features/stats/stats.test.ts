// The monthly figures through the real api and minutely functions: the minutely job recounts each community's
// month, the figures equal a recount of the raw documents done here independently, they move with what happens
// (a booking, a visit, a call for help answered), and staff see only their own community while the bureau sees all.
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { lastYearOf, monthOf, monthRange } from '../../../../cloudfunctions/lib/features/stats/figures.rules'
import { assignedBooking, STAFF } from '../../../support/arrange'
import { CALLERS, DEMO, TARGET_CADRE } from '../../../support/callers'
import { hostNow } from '../../../support/clock'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const BUREAU = CALLERS.admin
const recount = () => ctx.cloud.post('/__cloud/timers/minutely')

/** The same figures counted straight from the documents, the way an inspector would. */
async function countedByHand(db: Database, communityId: string, month: string) {
  const _ = db.command
  const { from, to } = monthRange(month)
  const during = _.and([_.gte(from), _.lt(to)])
  const all = async <T>(collection: string, query: object) => (await db.collection(collection).where(query).limit(1000).get()).data as T[]
  const bookings = await all<{ status: string }>('bookings', { communityId, createdAt: during })
  const ledger = await all<{ kind: string; amountFen: number }>('ledgerEntries', { communityId, at: during })
  const cadres = await all<{ status?: string; erasedAt?: Date }>('cadres', { communityId })
  const fen = (kind: string) => ledger.filter((e) => e.kind === kind).reduce((n, e) => n + Math.abs(e.amountFen), 0)
  return {
    booked: bookings.length,
    completed: bookings.filter((b) => b.status === 'completed' || b.status === 'rated').length,
    cancelled: bookings.filter((b) => b.status === 'cancelled').length,
    issuedFen: fen('issue'),
    spentFen: fen('capture'),
    alerts: (await all('sosEvents', { communityId, at: during })).length,
    visits: (await all('visits', { communityId, day: _.and([_.gte(`${month}-01`), _.lte(`${month}-31`)]) })).length,
    roster: cadres.filter((c) => c.status !== 'deceased' && !c.erasedAt).length,
  }
}

const shown = (f: Awaited<ReturnType<typeof figuresOf>>) => ({
  booked: f.services.booked,
  completed: f.services.completed,
  cancelled: f.services.cancelled,
  issuedFen: f.card.issuedFen,
  spentFen: f.card.spentFen,
  alerts: f.sos.alerts,
  visits: f.care.visits,
  roster: f.roster.total,
})
const figuresOf = async (openid: string, communityId?: string) =>
  (await ctx.cloud.ok(openid, 'stats.community', communityId ? { communityId } : {})).figures

it('counts the month as the documents say, and moves with a booking, a visit and an answered call for help', async () => {
  const { cloud, db } = ctx
  const month = monthOf(hostNow())
  await recount()
  const before = await figuresOf(STAFF)
  expect(shown(before)).toEqual(await countedByHand(db, 'c-taoyuan', month))
  expect(before.roster.total).toBeGreaterThan(0)

  await assignedBooking(cloud)
  await cloud.ok(STAFF, 'visit.record', { cadreId: TARGET_CADRE, day: `${month}-01`, visitors: '陈静', gifts: '水果', notes: '身体不错' })
  const call = await cloud.ok(DEMO.cadreLi, 'sos.raise', { cadreId: 'cadre-02' })
  await cloud.ok(STAFF, 'sos.acknowledge', { eventId: call.id })
  // Not yet counted: dashboards read the kept figures, not the raw documents.
  expect(shown(await figuresOf(STAFF))).toEqual(shown(before))

  await recount()
  const after = await figuresOf(STAFF)
  expect(shown(after)).toEqual(await countedByHand(db, 'c-taoyuan', month))
  expect(after.services.booked).toBeGreaterThan(before.services.booked)
  expect(after.care.visits).toBe(before.care.visits + 1)
  expect(after.sos).toMatchObject({ alerts: before.sos.alerts + 1, answered: before.sos.answered + 1 })
  // Provider quality: 周兰 was sent the meal delivery.
  const { providers } = await cloud.ok(STAFF, 'stats.providers', {})
  expect(providers.find((p) => p.name === '周兰')).toMatchObject({ communityName: '桃园社区', assigned: expect.any(Number) })
  expect(providers.find((p) => p.name === '周兰')!.assigned).toBeGreaterThan(0)
  await ctx.refused(CALLERS.staffOther, 'stats.providers', { communityId: 'c-taoyuan' }, 'FORBIDDEN')
})

it('shows staff their own community only, the bureau every community ranked and the city as their sum', async () => {
  const { cloud, refused } = ctx
  await recount()
  await refused(CALLERS.staffOther, 'stats.community', { communityId: 'c-taoyuan' }, 'FORBIDDEN')
  await refused(CALLERS.staffOther, 'stats.overview', {}, 'FORBIDDEN')
  await refused(CALLERS.familyPermitted, 'stats.community', {}, 'FORBIDDEN')
  expect((await cloud.ok(CALLERS.staffOther, 'stats.community', {})).community.name).toBe('杏花社区')

  const city = await cloud.ok(BUREAU, 'stats.overview', { figure: 'roster' })
  const [taoyuan, xinghua] = [await figuresOf(BUREAU, 'c-taoyuan'), await figuresOf(BUREAU, 'c-xinghua')]
  expect(city.communities.map((c) => [c.name, c.value])).toEqual([
    ['桃园社区', taoyuan.roster.total],
    ['杏花社区', xinghua.roster.total],
  ])
  expect(city.figures.roster.total).toBe(taoyuan.roster.total + xinghua.roster.total)
  expect(city.trend).toHaveLength(12)
  expect(city.trend[11]).toEqual({ month: monthOf(hostNow()), value: city.value })
  // The same twelve months a year before, from the city's sums (nothing was counted then).
  expect(city.trendLastYear).toEqual(city.trend.map((t) => ({ month: lastYearOf(t.month), value: null })))
  expect(city.trendLastYear[11].value).toBe(city.lastYear)
})
