// Gate 5 — faults: each step of the main journeys runs while localcloud fails one database request, the 1st,
// then the 2nd, and so on through the whole step. After each, the step has either completed or answered a
// clear coded error (and completes when tried again), and no document is half-written.
import { startLocalCloud, sdkFor, type LocalCloud } from '../../support/localcloud'
import type { Database, StoredDoc } from '../../../cloudfunctions/lib/db/types'
import { C } from '../../../cloudfunctions/lib/db/collections'
import { CALLERS, freshOpenid, DEMO } from '../../support/callers'
import { firstOpenTime, pendingAdjustment } from '../../support/arrange'
import { sumEntries } from '../../../cloudfunctions/lib/features/card/rules'
import { functionOf } from '../../../cloudfunctions/lib/core/functions'

let cloud: LocalCloud
let db: Database

beforeAll(async () => {
  cloud = await startLocalCloud()
  db = sdkFor(cloud).database()
})
afterAll(() => cloud.stop())

const STAFF = CALLERS.staffSame
const MAX_REQUESTS_PER_STEP = 18

interface Step {
  name: string
  /** Everything the step needs, made without faults. */
  setup: () => Promise<() => Promise<unknown>>
}

async function all(name: string): Promise<StoredDoc[]> {
  return (await db.collection(name).where({}).limit(1000).get()).data
}

/** What must hold between documents, whatever failed. */
async function halfWritten(): Promise<string[]> {
  const [users, links, codes, cadres, audits, bookings, days, accounts, entries, adjustments] = await Promise.all(
    [
      C.users,
      C.familyLinks,
      C.bindingCodes,
      C.cadres,
      C.auditLog,
      C.bookings,
      C.providerDays,
      C.cardAccounts,
      C.ledgerEntries,
      C.cardAdjustments,
    ].map(all),
  )
  const user = new Map(users.map((u) => [u._id, u]))
  const problems: string[] = []
  for (const l of links) {
    const family = user.get(String(l.familyOpenid))
    if (!family) problems.push(`link ${l._id} without its family member's record`)
    if (l.status === 'active' && !(family?.roles as string[] | undefined)?.includes('family'))
      problems.push(`active link ${l._id}, family role missing`)
    if (l.decidedBy && l.via === 'phone' && !audits.some((a) => a.target === l._id && /binding\.(approve|reject)/.test(String(a.action))))
      problems.push(`decided link ${l._id} without its audit entry`)
  }
  for (const c of codes) {
    if (!c.usedBy) continue
    if (c.purpose === 'family' && !links.some((l) => l.familyOpenid === c.usedBy && l.cadreId === c.cadreId && l.via === 'code'))
      problems.push(`family code ${c._id} used without a link`)
    const cadre = cadres.find((x) => x._id === c.cadreId)
    if (c.purpose === 'self' && (cadre?.openid !== c.usedBy || user.get(String(c.usedBy))?.cadreId !== c.cadreId))
      problems.push(`self code ${c._id} used but the cadre is not claimed`)
  }
  for (const cadre of cadres) {
    if (cadre.openid && user.get(String(cadre.openid))?.cadreId !== cadre._id)
      problems.push(`cadre ${cadre._id} claimed without the user record`)
    if (!audits.some((a) => a.action === 'cadre.register' && a.target === cadre._id))
      problems.push(`cadre ${cadre._id} registered without its audit entry`)
  }
  // A booking holds its provider's time exactly while it is assigned or under way (and keeps it once done).
  const busy = new Map(days.flatMap((d) => (d.busy as { bookingId: string }[]).map((b) => [b.bookingId, d] as const)))
  for (const b of bookings) {
    const holds = ['assigned', 'in_service', 'completed', 'rated', 'no_show'].includes(String(b.status)) && b.day
    const day = busy.get(b._id)
    if (holds && (!day || day.providerId !== b.providerId || day.day !== b.day)) problems.push(`booking ${b._id} holds no time`)
    if (!holds && day) problems.push(`${b.status} booking ${b._id} still holds time`)
    if (['cancelled', 'rejected'].includes(String(b.status)) && b.slotKey) problems.push(`${b.status} booking ${b._id} keeps its slot key`)
  }
  for (const id of busy.keys()) if (!bookings.some((b) => b._id === id)) problems.push(`time held for missing booking ${id}`)
  // Booking ↔ card: a paid booking has its hold, then exactly one of capture (done) or release (not done).
  const has = (key: string) => entries.some((e) => e._id === key)
  for (const b of bookings.filter((x) => x.heldFen)) {
    const done = ['completed', 'rated'].includes(String(b.status))
    const undone = ['cancelled', 'rejected', 'no_show'].includes(String(b.status))
    const expected = [true, done, undone]
    const actual = ['hold', 'capture', 'release'].map((k) => has(`${k}:${b._id}`))
    if (actual.join() !== expected.join()) problems.push(`${b.status} booking ${b._id} has card entries ${actual.join('/')}`)
  }
  for (const e of entries.filter((x) => x.bookingId))
    if (!bookings.some((b) => b._id === e.bookingId)) problems.push(`${e.kind} entry ${e._id} for a missing booking`)
  // An adjustment is on the card exactly when it is approved.
  for (const a of adjustments)
    if (has(`adjust:${a._id}`) !== (a.status === 'approved')) problems.push(`${a.status} adjustment ${a._id} vs its entry`)
  for (const a of accounts) {
    const sums = sumEntries(entries.filter((e) => e.cadreId === a._id) as never)
    if (sums.balanceFen !== a.balanceFen || sums.heldFen !== a.heldFen) problems.push(`card ${a._id} differs from its entries`)
  }
  return problems
}

const act = (openid: string, action: string, input: unknown) => () =>
  cloud.invoke(functionOf(action), { action, input }, openid).then((r) => r.result)

const REGISTER = {
  name: '试验老人',
  gender: '男',
  birthDate: '1938-08-01',
  celebrates: 'lunar',
  rank: '一般',
  category: '离休',
  address: '桃园街 1 号 1 幢 101 室',
  livesAlone: true,
  partyMember: true,
}

const COOK = CALLERS.provider
/** A meal delivery for 王建国 at the first open time (staff cancel his other open bookings first). */
async function mealInput() {
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: 'cadre-01' })
  for (const b of bookings.filter((x) => x.can.cancel)) await cloud.ok(STAFF, 'booking.cancel', { bookingId: b.id })
  return { cadreId: 'cadre-01', serviceKey: 'meals', ...(await firstOpenTime(cloud, 'meals')) }
}
const booked = async () => cloud.ok(STAFF, 'booking.create', await mealInput())

const STEPS: Step[] = [
  { name: 'cadre books a meal delivery', setup: async () => act(CALLERS.cadreSelf, 'booking.create', await mealInput()) },
  {
    name: 'staff record a top-up',
    setup: async () => act(STAFF, 'card.record', { cadreId: 'cadre-01', kind: 'topup', amountFen: 2000, receiptNo: freshOpenid('R') }),
  },
  {
    name: 'cadre cancels a booking',
    setup: async () => act(CALLERS.cadreSelf, 'booking.cancel', { bookingId: (await booked()).id }),
  },
  {
    name: 'family moves a booking to another time',
    setup: async () => {
      const b = await booked()
      const later = await mealInput()
      return act(CALLERS.familyPermitted, 'booking.reschedule', { bookingId: b.id, date: later.date, time: later.time })
    },
  },
  {
    name: 'the provider checks out',
    setup: async () => {
      const b = await booked()
      const provider = b.provider?.id ?? COOK
      await cloud.ok(provider, 'booking.checkIn', { bookingId: b.id })
      return act(provider, 'booking.checkOut', { bookingId: b.id })
    },
  },
  {
    name: 'staff adjust a card',
    setup: async () =>
      act(STAFF, 'card.adjust', { cadreId: 'cadre-01', amountFen: -100, reason: '更正一元', requestId: freshOpenid('adj') }),
  },
  {
    name: 'a second staff member approves a large adjustment',
    setup: async () => act(STAFF, 'card.decide', { adjustmentId: (await pendingAdjustment(cloud)).id, approve: true }),
  },
  { name: 'staff register a cadre', setup: async () => act(STAFF, 'cadre.register', REGISTER) },
  {
    name: 'family asks with name and phone digits',
    setup: async () =>
      act(freshOpenid('f'), 'binding.request', {
        requesterName: '赵敏',
        requesterPhone: '13900001111',
        relation: '子女',
        cadreName: '李秀英',
        phoneLast4: '5678',
      }),
  },
  {
    name: 'cadre approves',
    setup: async () => {
      const link = await cloud.ok(freshOpenid('f'), 'binding.request', {
        requesterName: '赵敏',
        requesterPhone: '13900001111',
        relation: '子女',
        cadreName: '李秀英',
        phoneLast4: '5678',
      })
      return act(DEMO.cadreLi, 'binding.decide', { linkId: link.id, approve: true })
    },
  },
  {
    name: 'family binds with a staff code',
    setup: async () => {
      const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: 'cadre-05', purpose: 'family' })
      return act(freshOpenid('f'), 'binding.request', { requesterName: '赵敏', relation: '子女', code })
    },
  },
  {
    name: 'family ends the link',
    setup: async () => {
      const owner = freshOpenid('f')
      const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: 'cadre-05', purpose: 'family' })
      const link = await cloud.ok(owner, 'binding.request', { requesterName: '赵敏', relation: '子女', code })
      return act(owner, 'binding.end', { linkId: link.id })
    },
  },
  {
    name: 'cadre claims the record with a code',
    setup: async () => {
      const cadre = await cloud.ok(STAFF, 'cadre.register', REGISTER as never)
      const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })
      return act(freshOpenid('c'), 'me.claimCadre', { code })
    },
  },
]

describe.each(STEPS)('$name', ({ setup }) => {
  it('completes or answers a coded error, completes on a retry, and leaves nothing half-written', async () => {
    for (let n = 1; n <= MAX_REQUESTS_PER_STEP; n++) {
      const run = await setup()
      await cloud.post('/__cloud/faults', { failNth: n })
      const first = (await run()) as { ok: boolean; error?: { code: string; message: string } }
      const { failNth } = (await cloud.post('/__cloud/faults', { failNth: 0 })) as { failNth: number }
      const faultHit = failNth === 0
      if (!first.ok) {
        expect(first.error?.message).toMatch(/[\u4e00-\u9fa5]/)
        const again = (await run()) as { ok: boolean; error?: { code: string } }
        // A retry completes — or says plainly that the first try had done it already.
        expect(
          again.ok ||
            ['ALREADY_CLAIMED', 'ALREADY_DECIDED', 'BINDING_EXISTS', 'CODE_INVALID', 'WRONG_STATUS', 'ALREADY_RECORDED'].includes(
              again.error?.code ?? '',
            ),
        ).toBe(true)
      }
      expect(await halfWritten()).toEqual([])
      if (!faultHit) break
    }
  })
})
