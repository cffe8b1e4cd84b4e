// A random month of raw documents for a community of its own — some just outside the month in Shanghai time — is
// recounted by the minutely job, and every figure equals what the database's own count says for that figure.
import { monthOf, monthRange, previousMonth } from '../../../../cloudfunctions/lib/features/stats/figures.rules'
import { hostNow } from '../../../support/clock'
import { useCloud } from '../../../support/refused'

const ctx = useCloud()

const COMMUNITY = 'c-random'
const month = monthOf(hostNow())
const { from, to } = monthRange(month)

let seed = 20261202
const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n
const pick = <T>(list: readonly T[]) => list[random(list.length)]
/** A moment in the month, or now and then one second either side of it. */
const moment = () => {
  const edge = random(10)
  if (edge === 0) return new Date(from.getTime() - 1000)
  if (edge === 1) return new Date(to.getTime() - 1000)
  if (edge === 2) return new Date(to.getTime())
  return new Date(from.getTime() + random(Math.min(hostNow().getTime(), to.getTime()) - from.getTime()))
}
/** A day of the month (1st–28th), or now and then the 28th of the month before. */
const day = () => {
  const d = random(29)
  return d === 0 ? `${previousMonth(month)}-28` : `${month}-${String(d).padStart(2, '0')}`
}

async function seedMonth() {
  const db = ctx.db
  const add = (collection: string, docs: object[]) => db.collection(collection).add({ data: docs } as never)
  await db
    .collection('communities')
    .add({ data: { _id: COMMUNITY, name: '随机社区', district: '随机区', dutyPhone: '0574-1', address: '随机路' } })
  const n = 40 + random(40)
  await add(
    'cadres',
    Array.from({ length: n }, (_, i) => ({
      _id: `rnd-cadre-${i}`,
      communityId: COMMUNITY,
      name: '随机',
      gender: '男',
      birthDate: `19${25 + random(40)}-0${1 + random(9)}-1${random(9)}`,
      celebrates: 'solar',
      rank: pick(['一般', '副县级以上']),
      category: pick(['离休', '退休']),
      partyMember: random(2) === 0,
      livesAlone: random(4) === 0,
      address: '随机路',
      ...(random(8) === 0 ? { status: pick(['hospital', 'away', 'deceased']), diedOn: day() } : {}),
    })),
  )
  await add(
    'bookings',
    Array.from({ length: 30 + random(30) }, (_, i) => ({
      _id: `rnd-booking-${i}`,
      communityId: COMMUNITY,
      cadreId: 'rnd-cadre-0',
      serviceKey: pick(['meals', 'repair', 'haircut']),
      serviceName: '服务',
      status: pick(['requested', 'assigned', 'completed', 'rated', 'cancelled', 'rejected', 'no_show']),
      urgent: random(5) === 0,
      createdAt: moment(),
      ...(random(3) === 0 ? { rating: { stars: 1 + random(5) } } : {}),
      ...(random(2) === 0 ? { providerId: pick(['p1', 'p2']), providerName: '人' } : {}),
    })),
  )
  await add(
    'ledgerEntries',
    Array.from({ length: 40 + random(20) }, (_, i) => ({
      _id: `rnd-entry-${i}`,
      communityId: COMMUNITY,
      cadreId: 'rnd-cadre-0',
      kind: pick(['issue', 'topup', 'hold', 'capture', 'release', 'refund', 'adjust', 'expire']),
      amountFen: (random(2) ? 1 : -1) * (100 + random(10000)),
      at: moment(),
    })),
  )
  await add(
    'visits',
    Array.from({ length: 20 + random(20) }, (_, i) => ({
      _id: `rnd-visit-${i}`,
      communityId: COMMUNITY,
      cadreId: 'rnd-cadre-0',
      day: day(),
      at: moment(),
    })),
  )
  await add(
    'sosEvents',
    Array.from({ length: 10 + random(10) }, (_, i) => {
      const at = moment()
      return {
        _id: `rnd-sos-${i}`,
        communityId: COMMUNITY,
        cadreId: 'rnd-cadre-0',
        at,
        tiers: [
          { name: '家属', to: [] },
          { name: '社区值班人员', to: [] },
        ],
        notifiedTier: random(2),
        ...(random(3) ? { acknowledgedAt: new Date(at.getTime() + 1000 * (10 + random(600))) } : {}),
        ...(random(4) === 0 ? { outcome: '误按，老人没事' } : {}),
      }
    }),
  )
  await add(
    'materialReads',
    Array.from({ length: 20 + random(20) }, (_, i) => ({
      _id: `rnd-read-${i}`,
      communityId: COMMUNITY,
      materialId: 'm',
      cadreId: `rnd-cadre-${i}`,
      at: moment(),
    })),
  )
  await add(
    'contributions',
    Array.from({ length: 5 + random(10) }, (_, i) => ({
      _id: `rnd-share-${i}`,
      communityId: COMMUNITY,
      status: pick(['pending', 'approved', 'rejected']),
      submittedAt: moment(),
    })),
  )
  await add(
    'voices',
    Array.from({ length: 10 + random(15) }, (_, i) => {
      const submittedAt = moment()
      const dueAt = new Date(submittedAt.getTime() + (1 + random(10)) * 86_400_000)
      const status = pick(['new', 'handling', 'closed'])
      return {
        _id: `rnd-voice-${i}`,
        communityId: COMMUNITY,
        kind: pick(['建议', '意见', '投诉']),
        status,
        submittedAt,
        dueAt,
        ...(random(2) ? { providerId: 'p1', providerName: '随机师傅' } : {}),
        ...(status === 'closed' ? { closedAt: new Date(submittedAt.getTime() + random(12) * 86_400_000) } : {}),
        ...(status === 'closed' && random(2) ? { rating: { stars: 1 + random(5) } } : {}),
        ...(random(5) === 0 ? { takenOverByName: '局里' } : {}),
      }
    }),
  )
}

it('recounts a random month to exactly what the database counts, figure by figure', async () => {
  await seedMonth()
  // The new community is recounted in its turn: run the job until it has been.
  for (let i = 0; i < 3; i++) await ctx.cloud.post('/__cloud/timers/minutely')
  const { figures: f } = await ctx.cloud.ok('demo-admin-bureau', 'stats.community', { communityId: COMMUNITY })

  const db = ctx.db
  const _ = db.command
  const during = _.and([_.gte(from), _.lt(to)])
  const days = _.and([_.gte(`${month}-01`), _.lte(`${month}-31`)])
  const count = async (collection: string, query: object) =>
    (
      await db
        .collection(collection)
        .where({ communityId: COMMUNITY, ...query })
        .count()
    ).total
  const booked = (query: object) => count('bookings', { createdAt: during, ...query })
  const fen = async (kind: string) => {
    const { data } = await db.collection('ledgerEntries').where({ communityId: COMMUNITY, at: during, kind }).limit(1000).get()
    return (data as unknown as { amountFen: number }[]).reduce((n, e) => n + Math.abs(e.amountFen), 0)
  }
  const living = { status: _.nin(['deceased']) }

  expect(f.roster.total).toBe(await count('cadres', living))
  expect(f.roster.livesAlone).toBe(await count('cadres', { ...living, livesAlone: true }))
  expect(f.roster.retiredBefore1949).toBe(await count('cadres', { ...living, category: '离休' }))
  expect(f.roster.away).toBe(await count('cadres', { status: _.in(['hospital', 'away']) }))
  expect(f.roster.diedThisMonth).toBe(await count('cadres', { status: 'deceased', diedOn: days }))
  expect(f.services.booked).toBe(await booked({}))
  expect(f.services.completed).toBe(await booked({ status: _.in(['completed', 'rated']) }))
  expect(f.services.cancelled).toBe(await booked({ status: 'cancelled' }))
  expect(f.services.notMet).toBe(await booked({ status: _.in(['rejected', 'no_show']) }))
  expect(f.services.urgent).toBe(await booked({ urgent: true }))
  for (const stars of [1, 2, 3, 4, 5]) expect(f.services.stars[stars - 1]).toBe(await booked({ 'rating.stars': stars }))
  expect(f.services.byProvider.p1?.assigned ?? 0).toBe(await booked({ providerId: 'p1' }))
  for (const [figure, kind] of [
    ['issuedFen', 'issue'],
    ['toppedUpFen', 'topup'],
    ['spentFen', 'capture'],
    ['refundedFen', 'refund'],
    ['expiredFen', 'expire'],
  ] as const)
    expect(f.card[figure]).toBe(await fen(kind))
  expect(f.care.visits).toBe(await count('visits', { day: days }))
  expect(f.sos.alerts).toBe(await count('sosEvents', { at: during }))
  expect(f.sos.answered).toBe(await count('sosEvents', { at: during, acknowledgedAt: _.exists(true) }))
  expect(f.sos.falseAlarms).toBe(await count('sosEvents', { at: during, outcome: '误按，老人没事' }))
  expect(f.sos.reachedCommunity).toBe(await count('sosEvents', { at: during, notifiedTier: 1 }))
  expect(f.study.reads).toBe(await count('materialReads', { at: during }))
  expect(f.share).toEqual({
    offers: await count('contributions', { submittedAt: during }),
    approved: await count('contributions', { submittedAt: during, status: 'approved' }),
  })
  const voiced = (query: object) => count('voices', { submittedAt: during, ...query })
  expect(f.voices.received).toBe(await voiced({}))
  expect(f.voices.complaints).toBe(await voiced({ kind: '投诉' }))
  expect(f.voices.closed).toBe(await voiced({ status: 'closed' }))
  expect(f.voices.overdue).toBe(await voiced({ status: _.neq('closed'), dueAt: _.lt(hostNow()) }))
  expect(f.voices.takenOver).toBe(await voiced({ takenOverByName: _.exists(true) }))
  expect(f.voices.rated).toBe(await voiced({ rating: _.exists(true) }))
  expect(f.services.byProvider.p1?.complaints ?? 0).toBe(await voiced({ kind: '投诉', providerId: 'p1' }))
  // The seed put documents on both sides of the month's edges: some were left out.
  expect(await count('bookings', {})).toBeGreaterThan(f.services.booked)
})
