// The service card through the real api and daily functions: booking holds, completion captures and cancel
// releases, each once; staff top-ups count once per receipt; a card never pays for more than it has, even
// when many bookings race; the daily job issues each year's allowance once and reports any account that
// does not equal its entries; adjustments above the policy threshold wait for a second staff member; the bureau
// sets each community’s policy (including year-end expiry); staff get a monthly statement.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { assignedBooking, firstOpenTime } from '../../../support/arrange'
import { CALLERS, DEMO } from '../../../support/callers'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { hostNow } from '../../../support/clock'
import { shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database

const CADRE = CALLERS.cadreSelf
const DAUGHTER = CALLERS.familyPermitted
const STAFF = CALLERS.staffSame
const OTHER_STAFF = CALLERS.staffOther
const ADMIN = CALLERS.admin

const refusedWithoutWrite = (openid: string, action: string, input: unknown, code: string) => ctx.refused(openid, action, input, code)

beforeAll(async () => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)

const card = (openid: string = CADRE, cadreId = 'cadre-01') => cloud.ok(openid, 'card.get', { cadreId })

it('shows the cadre and his daughter the same card: allowance and top-up, less what is held and spent', async () => {
  // 500 yuan (离休, 副县级以上) + 200 yuan top-up − 12 yuan meal eaten − 15 yuan haircut held.
  expect(await card()).toMatchObject({ available: '673.00', held: '15.00' })
  expect(await card(DAUGHTER)).toEqual(await card())
  const { entries } = await cloud.ok(DAUGHTER, 'card.entries', { cadreId: 'cadre-01' })
  expect(entries.map((e) => e.words)).toEqual(expect.arrayContaining(['助餐送餐 已扣 12.00\u00a0元', '上门理发 预约冻结 15.00\u00a0元']))
  await refusedWithoutWrite(OTHER_STAFF, 'card.get', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  const { cards } = await cloud.ok(STAFF, 'card.list', {})
  expect(cards.find((c) => c.cadreId === 'cadre-01')).toMatchObject({ name: '王建国', available: '673.00' })
  expect(cards.map((c) => c.availableFen)).toEqual([...cards.map((c) => c.availableFen)].sort((a, b) => a - b))
  expect((await cloud.ok(OTHER_STAFF, 'card.list', {})).cards.map((c) => c.cadreId)).not.toContain('cadre-01')
  await refusedWithoutWrite(CALLERS.familyUnlinked, 'card.entries', { cadreId: 'cadre-01' }, 'FORBIDDEN')
})

it('holds on booking, captures on completion, releases on cancel — each exactly once', async () => {
  const before = await card()
  const slot = await firstOpenTime(cloud, 'haircut')
  const haircut = await cloud.ok(CADRE, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', ...slot })
  expect(await card()).toMatchObject({ availableFen: before.availableFen - 1500, heldFen: before.heldFen + 1500 })
  await cloud.ok(CADRE, 'booking.cancel', { bookingId: haircut.id })
  expect(await card()).toEqual(before)
  await refusedWithoutWrite(CADRE, 'booking.cancel', { bookingId: haircut.id }, 'WRONG_STATUS')

  const meal = await cloud.ok(DAUGHTER, 'booking.create', {
    cadreId: 'cadre-01',
    serviceKey: 'meals',
    ...(await firstOpenTime(cloud, 'meals')),
  })
  const provider = meal.provider!.id
  await cloud.ok(provider, 'booking.checkIn', { bookingId: meal.id })
  await cloud.ok(provider, 'booking.checkOut', { bookingId: meal.id })
  await refusedWithoutWrite(provider, 'booking.checkOut', { bookingId: meal.id }, 'WRONG_STATUS')
  expect(await card()).toMatchObject({ availableFen: before.availableFen - 1200, heldFen: before.heldFen })
  const free = await cloud.ok(CADRE, 'booking.create', { cadreId: 'cadre-01', serviceKey: 'chat', ...(await firstOpenTime(cloud, 'chat')) })
  expect(free.priceFen).toBe(0)
  expect((await card()).availableFen).toBe(before.availableFen - 1200)
})

it('records a top-up once per receipt; family cannot record money', async () => {
  const before = await card()
  const topup = { cadreId: 'cadre-01', kind: 'topup' as const, amountFen: 10000, receiptNo: 'A2026-118' }
  expect(await cloud.ok(STAFF, 'card.record', topup)).toMatchObject({ availableFen: before.availableFen + 10000 })
  await refusedWithoutWrite(STAFF, 'card.record', topup, 'ALREADY_RECORDED')
  await refusedWithoutWrite(DAUGHTER, 'card.record', { ...topup, receiptNo: 'A2026-119' }, 'FORBIDDEN')
  await refusedWithoutWrite(STAFF, 'card.record', { ...topup, amountFen: -500, receiptNo: 'A2026-120' }, 'BAD_INPUT')
})

it('refunds only what a finished visit took, once per receipt, and never credits money a visit did not take', async () => {
  const meal = await assignedBooking(cloud)
  const refund = { cadreId: 'cadre-01', kind: 'refund' as const, bookingId: meal.id, receiptNo: 'R1', reason: '饭菜送晚了，退回' }
  // Not finished yet: nothing was taken, so nothing can be given back.
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, amountFen: 500 }, 'WRONG_STATUS')
  await cloud.ok(CALLERS.provider, 'booking.checkIn', { bookingId: meal.id })
  await cloud.ok(CALLERS.provider, 'booking.checkOut', { bookingId: meal.id })
  const before = await card()
  // The hole this closes: a single staff member crediting ten thousand yuan as a "refund".
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, amountFen: 1_000_000, receiptNo: 'R9' }, 'BAD_INPUT')
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, amountFen: meal.priceFen + 1 }, 'BAD_INPUT')
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, bookingId: undefined, amountFen: 500 }, 'BAD_INPUT')
  await refusedWithoutWrite(OTHER_STAFF, 'card.record', { ...refund, amountFen: 500 }, 'FORBIDDEN')
  expect(await cloud.ok(STAFF, 'card.record', { ...refund, amountFen: 500 })).toMatchObject({ availableFen: before.availableFen + 500 })
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, amountFen: 500 }, 'ALREADY_RECORDED')
  const left = meal.priceFen - 500
  await refusedWithoutWrite(STAFF, 'card.record', { ...refund, amountFen: left + 1, receiptNo: 'R2' }, 'BAD_INPUT')
  // Two refunds of the rest at once: the visit's own record counts them, so only one goes through.
  const racing = await Promise.all(
    ['R3', 'R4'].map((receiptNo) => cloud.act(STAFF, 'card.record', { ...refund, amountFen: left, receiptNo })),
  )
  expect(racing.filter((r) => r.ok)).toHaveLength(1)
  expect((await card()).availableFen).toBe(before.availableFen + meal.priceFen)
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: 'cadre-01' })
  expect(bookings.find((b) => b.id === meal.id)?.refundableFen).toBeUndefined()
})

it('refuses a paid booking the card cannot cover before writing anything, and among racing bookings lets exactly the affordable ones through', async () => {
  const cadre = await cloud.ok(STAFF, 'cadre.register', {
    name: '新来老人',
    gender: '男',
    birthDate: '1945-05-05',
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 7 号 1 幢 101 室',
    livesAlone: false,
    partyMember: false,
  })
  const meal = { cadreId: cadre.id, serviceKey: 'meals', ...(await firstOpenTime(cloud, 'meals', cadre.id)) }
  const refusal = await refusedWithoutWrite(STAFF, 'booking.create', meal, 'CARD_INSUFFICIENT')
  expect(refusal.error.message).toContain('0.00\u00a0元')

  // 50 yuan on the card, five meals at 12 yuan tried at once: four fit, the fifth must not.
  await cloud.ok(STAFF, 'card.record', { cadreId: cadre.id, kind: 'topup', amountFen: 5000, receiptNo: 'RACE-1' })
  const answers = await Promise.all(Array.from({ length: 5 }, () => cloud.act(STAFF, 'booking.create', meal)))
  expect(answers.filter((a) => a.ok)).toHaveLength(4)
  expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.error.code)).toEqual(['CARD_INSUFFICIENT'])
  expect(await card(STAFF, cadre.id)).toMatchObject({ balanceFen: 5000, heldFen: 4800, availableFen: 200 })
})

describe('adjustments', () => {
  const SECOND_STAFF = DEMO.secondStaff
  let n = 0
  const adjust = (amountFen: number, reason = '核对后更正') => ({ cadreId: 'cadre-01', amountFen, reason, requestId: `adj-test-${++n}` })

  it('posts a small adjustment at once and a repeated press of the same form only once', async () => {
    const before = await card()
    const form = adjust(-300, '上次理发多收了三元')
    const first = await cloud.ok(STAFF, 'card.adjust', form)
    expect(first).toMatchObject({ status: 'posted', card: { availableFen: before.availableFen - 300 } })
    expect(await cloud.ok(STAFF, 'card.adjust', form)).toMatchObject({ status: 'posted', adjustment: { id: first.adjustment.id } })
    expect((await card()).availableFen).toBe(before.availableFen - 300)
    const { entries } = await cloud.ok(CADRE, 'card.entries', { cadreId: 'cadre-01' })
    expect(entries[0].words).toBe('社区调整（上次理发多收了三元） 减少 3.00\u00a0元')
    await refusedWithoutWrite(DAUGHTER, 'card.adjust', adjust(100), 'FORBIDDEN')
    await refusedWithoutWrite(OTHER_STAFF, 'card.adjust', adjust(100), 'FORBIDDEN')
    await refusedWithoutWrite(STAFF, 'card.adjust', adjust(0), 'BAD_INPUT')
    await refusedWithoutWrite(STAFF, 'card.adjust', { ...adjust(100), reason: '' }, 'BAD_INPUT')
  })

  it('holds a large adjustment until another staff member of the community approves it, once', async () => {
    const before = await card()
    const asked = await cloud.ok(STAFF, 'card.adjust', adjust(20000, '补发去年漏发的慰问金'))
    expect(asked).toMatchObject({ status: 'pending', adjustment: { amountWords: '增加 200.00\u00a0元', canDecide: false } })
    expect(await card()).toEqual(before)
    const { messages } = await cloud.ok(SECOND_STAFF, 'message.list', {})
    expect(messages[0]).toMatchObject({ title: '有一笔服务卡调整等您审批' })
    expect(messages[0].body).toContain('王建国 增加 200.00\u00a0元')

    const decide = { adjustmentId: asked.adjustment.id, approve: true }
    await refusedWithoutWrite(STAFF, 'card.decide', decide, 'FORBIDDEN')
    await refusedWithoutWrite(OTHER_STAFF, 'card.decide', decide, 'NOT_FOUND')
    await refusedWithoutWrite(DAUGHTER, 'card.decide', decide, 'FORBIDDEN')
    const waiting = (await cloud.ok(SECOND_STAFF, 'card.adjustments', {})).adjustments
    expect(waiting[0]).toMatchObject({ id: asked.adjustment.id, status: 'pending', canDecide: true })

    expect(await cloud.ok(SECOND_STAFF, 'card.decide', decide)).toMatchObject({ status: 'approved', decidedByName: '黄伟' })
    expect((await card()).availableFen).toBe(before.availableFen + 20000)
    await refusedWithoutWrite(SECOND_STAFF, 'card.decide', decide, 'ALREADY_DECIDED')
    expect((await cloud.ok(STAFF, 'message.list', {})).messages[0].title).toBe('服务卡调整已批准')
  })

  it('never lets an approved reduction take the card below zero, and a rejected one changes nothing', async () => {
    const before = await card()
    const tooMuch = await cloud.ok(STAFF, 'card.adjust', adjust(-(before.availableFen + 100), '测试超额扣减'))
    await refusedWithoutWrite(SECOND_STAFF, 'card.decide', { adjustmentId: tooMuch.adjustment.id, approve: true }, 'CARD_INSUFFICIENT')
    expect(await cloud.ok(SECOND_STAFF, 'card.decide', { adjustmentId: tooMuch.adjustment.id, approve: false })).toMatchObject({
      status: 'rejected',
    })
    expect(await card()).toEqual(before)
  })
})

it('gives staff a monthly statement whose every row balances, as a table and as CSV for Excel', async () => {
  const month = new Date(hostNow().getTime() + 8 * 3600_000).toISOString().slice(0, 7)
  const statement = await cloud.ok(STAFF, 'card.statement', { month })
  const wang = statement.rows.find((r) => r.cadreId === 'cadre-01')!
  expect(Number(wang.closing)).toBeCloseTo((await card()).balanceFen / 100)
  for (const r of statement.rows) expect(Number(r.opening) + Number(r.in) - Number(r.out)).toBeCloseTo(Number(r.closing))
  expect(statement.csv.startsWith('\uFEFF桃园社区 服务卡月度台帐')).toBe(true)
  expect(statement.csv).toContain('姓名,月初余额（元）,发放（元）')
  expect(statement.csv).toContain(`王建国,${wang.opening},`)
  expect((await cloud.ok(OTHER_STAFF, 'card.statement', { month })).rows.map((r) => r.cadreId)).not.toContain('cadre-01')
  await refusedWithoutWrite(STAFF, 'card.statement', { month: '2026-13' }, 'BAD_INPUT')
})

/** The year after the seeded one (the demo cards hold the allowance of the year the run starts in). */
const NEXT_YEAR = Number(shanghaiDay(hostNow()).slice(0, 4)) + 1

it('issues each year’s allowance once, catching up a missed day, and reports a tampered account without fixing it', async () => {
  await cloud.post('/__cloud/clock', { now: `${NEXT_YEAR}-01-03T01:00:00.000Z` })
  try {
    const before = await card()
    const first = (await cloud.post('/__cloud/timers/daily')) as { data: { issued: number; mismatches: number } }
    expect(first.data).toMatchObject({ mismatches: 0 })
    // Every cadre on the roster, once.
    expect(first.data.issued).toBe((await db.collection('cadres').count()).total)
    expect((await card()).availableFen).toBe(before.availableFen + 50000)
    const again = (await cloud.post('/__cloud/timers/daily')) as { data: { issued: number } }
    expect(again.data.issued).toBe(0)
    expect((await card()).availableFen).toBe(before.availableFen + 50000)

    await db
      .collection('cardAccounts')
      .doc('cadre-05')
      .update({ data: { balanceFen: 999999 } })
    const checked = (await cloud.post('/__cloud/timers/daily')) as { data: { mismatches: number } }
    expect(checked.data.mismatches).toBe(1)
    const { messages } = await cloud.ok(ADMIN, 'message.list', {})
    expect(messages[0].title).toBe('服务卡对账不符 1 户')
    expect(messages[0].body).toContain('cadre-05')
    expect((await card(STAFF, 'cadre-05')).balanceFen).toBe(999999)
  } finally {
    await cloud.post('/__cloud/clock', undefined, 'DELETE')
  }
})

describe('policy', () => {
  const taoyuan = {
    communityId: 'c-taoyuan',
    allowanceFen: { 离休: { 副县级以上: 60000, 一般: 50000 }, 退休: { 副县级以上: 40000, 一般: 30000 } },
    issueOn: '01-01',
    yearEnd: 'expire' as const,
    approvalAboveFen: 5000,
  }

  it('lets the bureau set a community’s policy, which its staff then read; staff cannot change it', async () => {
    expect(await cloud.ok(STAFF, 'cardPolicy.get', {})).toMatchObject({
      communityName: '桃园社区',
      isDefault: true,
      yearEnd: 'carry',
      canEdit: false,
    })
    await refusedWithoutWrite(STAFF, 'cardPolicy.save', taoyuan, 'FORBIDDEN')
    await refusedWithoutWrite(ADMIN, 'cardPolicy.save', { ...taoyuan, issueOn: '02-30' }, 'BAD_INPUT')
    await refusedWithoutWrite(ADMIN, 'cardPolicy.save', { ...taoyuan, communityId: 'c-nowhere' }, 'NOT_FOUND')
    expect(await cloud.ok(ADMIN, 'cardPolicy.save', taoyuan)).toMatchObject({ isDefault: false, canEdit: true, yearEnd: 'expire' })
    expect(await cloud.ok(STAFF, 'cardPolicy.get', {})).toMatchObject({ isDefault: false, approvalAboveFen: 5000 })
    const forAdmin = await cloud.ok(ADMIN, 'cardPolicy.get', { communityId: 'c-xinghua' })
    expect(forAdmin).toMatchObject({ communityName: '杏花社区', isDefault: true })
    expect(forAdmin.communities.map((c) => c.id)).toEqual(expect.arrayContaining(['c-taoyuan', 'c-xinghua']))
  })

  it('writes off last year’s unused allowance, never the family’s top-ups, where the policy says it expires', async () => {
    // Next year's allowance under the default policy (carried over), then 桃园 changes to 年底作废.
    await cloud.post('/__cloud/clock', { now: `${NEXT_YEAR}-01-03T01:00:00.000Z` })
    try {
      await cloud.post('/__cloud/timers/daily')
      await cloud.ok(ADMIN, 'cardPolicy.save', taoyuan)
      await cloud.post('/__cloud/clock', { now: `${NEXT_YEAR + 1}-01-03T01:00:00.000Z` })
      const before = await card()
      const xinghua = (await cloud.ok(OTHER_STAFF, 'card.list', {})).cards[0]
      await cloud.post('/__cloud/timers/daily')
      // 桃园 expires: the unspent allowance of the year before (500 yuan, nothing spent then) goes, this year's 600 comes.
      expect((await card()).availableFen).toBe(before.availableFen - 50000 + 60000)
      const { entries } = await cloud.ok(CADRE, 'card.entries', { cadreId: 'cadre-01' })
      expect(entries.map((e) => e.words)).toEqual(
        expect.arrayContaining([
          `${NEXT_YEAR} 年度服务金未用完部分 年底作废 500.00\u00a0元`,
          `${NEXT_YEAR + 1} 年度服务金 发放 600.00\u00a0元`,
        ]),
      )
      // 杏花 carries over: the balance grows by the year's allowance.
      const after = (await cloud.ok(OTHER_STAFF, 'card.list', {})).cards.find((c) => c.cadreId === xinghua.cadreId)!
      expect(after.availableFen).toBeGreaterThan(xinghua.availableFen)
      await cloud.post('/__cloud/timers/daily')
      expect((await card()).availableFen).toBe(before.availableFen + 10000)
    } finally {
      await cloud.post('/__cloud/clock', undefined, 'DELETE')
    }
  })
})
