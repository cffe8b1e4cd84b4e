// The database dying in the middle of a card transaction (localcloud killed between two of its writes) loses
// the whole change and nothing else; the same request tried again then completes it exactly once.
import { startLocalCloud, sdkFor, type LocalCloud } from '../../../support/localcloud'
import { firstOpenTime } from '../../../support/arrange'
import { C } from '../../../../cloudfunctions/lib/db/collections'
import { sumEntries } from '../../../../cloudfunctions/lib/features/card/rules'
import { CALLERS } from '../../../support/callers'
import { functionOf } from '../../../../cloudfunctions/lib/core/functions'

const STAFF = CALLERS.staffSame
const CADRE = CALLERS.cadreSelf
let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.stop())

/** Runs the request with localcloud set to die at the transaction's `nth` write, then brings it back on the same data. */
async function crashDuring(nth: number, openid: string, action: string, input: unknown) {
  await cloud.post('/__cloud/faults', { crashOnTxWrite: nth })
  await expect(cloud.invoke(functionOf(action), { action, input }, openid)).rejects.toThrow()
  cloud = await startLocalCloud({ dataDir: cloud.dataDir, port: Number(new URL(cloud.url).port) })
}

async function cardAgreesWithEntries() {
  const db = sdkFor(cloud).database()
  const [{ data: entries }, { data: account }] = await Promise.all([
    db.collection(C.ledgerEntries).where({ cadreId: 'cadre-01' }).limit(1000).get(),
    db.collection(C.cardAccounts).doc('cadre-01').get(),
  ])
  expect(sumEntries(entries as never)).toEqual({ balanceFen: account.balanceFen, heldFen: account.heldFen })
  return entries.map((e) => e._id)
}

const card = () => cloud.ok(STAFF, 'card.get', { cadreId: 'cadre-01' })

it('loses a half-written top-up whole, and the retry of the same receipt records it once', async () => {
  const before = await card()
  const topup = { cadreId: 'cadre-01', kind: 'topup', amountFen: 8800, receiptNo: 'CRASH-1' }
  await crashDuring(2, STAFF, 'card.record', topup)
  expect(await card()).toEqual(before)
  expect(await cardAgreesWithEntries()).not.toContain('topup:cadre-01:CRASH-1')

  expect(await cloud.ok(STAFF, 'card.record', topup as never)).toMatchObject({ availableFen: before.availableFen + 8800 })
  expect((await cloud.act(STAFF, 'card.record', topup as never)).ok).toBe(false)
  expect(await cardAgreesWithEntries()).toContain('topup:cadre-01:CRASH-1')
})

it('loses a half-written booking and its hold together, and booking again holds once', async () => {
  const before = await card()
  const meal = { cadreId: 'cadre-01', serviceKey: 'meals', ...(await firstOpenTime(cloud, 'meals')) }
  await crashDuring(3, CADRE, 'booking.create', meal)
  expect(await card()).toEqual(before)
  const { bookings } = await cloud.ok(CADRE, 'booking.list', { cadreId: 'cadre-01' })
  expect(bookings.filter((b) => b.serviceKey === 'meals' && b.status !== 'cancelled' && b.status !== 'completed')).toHaveLength(0)

  const booked = await cloud.ok(CADRE, 'booking.create', meal)
  expect(await card()).toMatchObject({ heldFen: before.heldFen + booked.priceFen })
  expect(await cardAgreesWithEntries()).toContain(`hold:${booked.id}`)
})
