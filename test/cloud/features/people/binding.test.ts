// The binding journey through the real api function: a family member asks, the cadre approves, the family
// sees the cadre; codes from staff; and everyone who must not act is refused without a write.
import { startLocalCloud, type LocalCloud } from '../../../support/localcloud'
import { dbSnapshot, everyDocument } from '../../../support/snapshot'
import { sdkFor } from '../../../support/localcloud'
import { refusedWithoutWrite as refused, startEachTestFromHere } from '../../../support/refused'
import { phoneCode, registerCadre } from '../../../support/arrange'
import { CALLERS, DEMO } from '../../../support/callers'
import { functionOf } from '../../../../cloudfunctions/lib/core/functions'

let cloud: LocalCloud
let snapshot: () => Promise<string>

const NEWCOMER = DEMO.newcomer
const CADRE = DEMO.cadreLi
const STAFF = CALLERS.staffSame
const OTHER_STAFF = CALLERS.staffOther

beforeAll(async () => {
  cloud = await startLocalCloud()
  snapshot = () => dbSnapshot(cloud)
})
afterAll(() => cloud.stop())
startEachTestFromHere({
  get cloud() {
    return cloud
  },
})

const refusedWithoutWrite = (openid: string, action: string, input: unknown, code: string) =>
  refused(cloud, snapshot, openid, action, input, code)

/** A used or wrong code is refused, and the one thing written is the try counted against the person. */
async function refusedCountingTheTry(openid: string, action: string, input: unknown) {
  const db = sdkFor(cloud).database()
  const before = JSON.parse(await everyDocument(db)) as Record<string, { _id: string; count?: number }[]>
  const { result } = await cloud.invoke(functionOf(action), { action, input }, openid)
  expect(result).toMatchObject({ ok: false, error: { code: 'CODE_INVALID', message: expect.stringMatching(/绑定码/) } })
  const after = JSON.parse(await everyDocument(db)) as typeof before
  expect({ ...after, guesses: [] }).toEqual({ ...before, guesses: [] })
  expect(after.guesses.filter((g) => !before.guesses.some((b) => b._id === g._id))).toEqual([expect.objectContaining({ openid, count: 1 })])
}

it('lets a family member bind a cadre who approves, after which the family sees the cadre', async () => {
  const fresh = await cloud.ok(NEWCOMER, 'home.get', {})
  expect(fresh.me.activeRole).toBeNull()

  const link = await cloud.ok(NEWCOMER, 'binding.request', {
    requesterName: '刘洋',
    requesterPhone: '13900001111',
    relation: '子女',
    cadreName: '李秀英',
    phoneLast4: '5678',
  })
  expect(link).toMatchObject({ status: 'pending', cadreName: '李秀英', permissions: { book: true, health: false, sos: true } })
  await refusedWithoutWrite(
    NEWCOMER,
    'binding.request',
    { requesterName: '刘洋', requesterPhone: '13900001111', relation: '子女', cadreName: '李秀英', phoneLast4: '5678' },
    'BINDING_EXISTS',
  )
  await refusedWithoutWrite(NEWCOMER, 'cadre.get', { cadreId: link.cadreId }, 'FORBIDDEN')

  const cadreHome = await cloud.ok(CADRE, 'home.get', {})
  expect(cadreHome.pendingApprovals.map((l) => l.familyName)).toEqual(['刘洋'])
  await refusedWithoutWrite(CALLERS.familyPermitted, 'binding.decide', { linkId: link.id, approve: true }, 'FORBIDDEN')
  await refusedWithoutWrite(OTHER_STAFF, 'binding.decide', { linkId: link.id, approve: true }, 'FORBIDDEN')

  expect(await cloud.ok(CADRE, 'binding.decide', { linkId: link.id, approve: true })).toMatchObject({ status: 'active' })
  await refusedWithoutWrite(STAFF, 'binding.decide', { linkId: link.id, approve: false }, 'ALREADY_DECIDED')

  const familyHome = await cloud.ok(NEWCOMER, 'home.get', {})
  expect(familyHome.me.roles).toEqual(['family'])
  expect(familyHome.cadres.map((c) => c.name)).toEqual(['李秀英'])
  const detail = await cloud.ok(NEWCOMER, 'cadre.get', { cadreId: link.cadreId })
  // Her family may call her and may book (the default permissions); the page offers nothing staff-only.
  expect(detail).toMatchObject({ name: '李秀英', phone: '13905745678', canManage: false })
  expect(detail.may.sort()).toEqual([
    'booking.list',
    'card.entries',
    'care.get',
    'contactCard.get',
    'service.catalog',
    'visit.report',
    'voice.submit',
  ])
  const bureauView = await cloud.ok(CALLERS.admin, 'cadre.get', { cadreId: link.cadreId })
  expect(bureauView).toMatchObject({ phoneMasked: '139****5678', may: ['care.get'] })
  expect(bureauView.phone).toBeUndefined()
  expect((await cloud.ok(STAFF, 'cadre.get', { cadreId: link.cadreId })).may).toContain('card.record')

  expect(await cloud.ok(NEWCOMER, 'binding.end', { linkId: link.id })).toMatchObject({ status: 'ended' })
  await refusedWithoutWrite(NEWCOMER, 'cadre.get', { cadreId: link.cadreId }, 'FORBIDDEN')
  // Her record still names the cadre she cared for (the home's read-ahead hint), but the ended link decides.
  const record = (await sdkFor(cloud).database().collection('users').doc(NEWCOMER).get()).data as { caresFor?: string[] }
  expect(record.caresFor).toEqual([link.cadreId])
  const after = await cloud.ok(NEWCOMER, 'home.get', {})
  expect({ cadres: after.cadres, cared: after.cared }).toEqual({ cadres: [], cared: [] })
})

it('takes the number WeChat verified from the phone-number button once, and tells the approver it is verified', async () => {
  const code = await phoneCode(cloud, '13600005555')
  expect(await cloud.ok(NEWCOMER, 'me.phoneFromWeChat', { code })).toEqual({ phone: '13600005555' })
  // WeChat's codes are single use: the same code again gets nothing, and writes nothing.
  await refusedWithoutWrite(NEWCOMER, 'me.phoneFromWeChat', { code }, 'PHONE_NOT_GIVEN')
  await refusedWithoutWrite(NEWCOMER, 'me.phoneFromWeChat', { code: 'made-up-code-123' }, 'PHONE_NOT_GIVEN')
  await refusedWithoutWrite(NEWCOMER, 'me.phoneFromWeChat', { code: await phoneCode(cloud, '85291234567', '852') }, 'PHONE_NOT_MAINLAND')

  const request = { requesterName: '刘洋', relation: '子女', cadreName: '李秀英', phoneLast4: '5678' } as const
  const link = await cloud.ok(NEWCOMER, 'binding.request', { ...request, requesterPhone: '13600005555' })
  const [waiting] = (await cloud.ok(CADRE, 'home.get', {})).pendingApprovals
  expect(waiting).toMatchObject({ id: link.id, familyPhone: '136****5555', familyPhoneVerified: true })

  // A number typed by someone else than its WeChat owner is shown, but never as verified.
  const typed = await cloud.ok(CALLERS.familyUnlinked, 'binding.request', {
    ...request,
    requesterName: '周强',
    requesterPhone: '13600005555',
  })
  expect(typed.familyPhoneVerified).toBe(false)
})

it('caps failed name-and-phone guesses per day, also when they are sent all at once', async () => {
  const guesser = 'someone-guessing'
  const guesses = await Promise.all(
    Array.from({ length: 12 }, (_v, i) =>
      cloud.act(guesser, 'binding.request', {
        requesterName: '赵六',
        requesterPhone: '13900001111',
        relation: '子女',
        cadreName: '王建国',
        phoneLast4: String(1000 + i),
      }),
    ),
  )
  const codes = guesses.map((r) => (r.ok ? 'ok' : r.error.code)).sort()
  expect(codes).toEqual([...Array(5).fill('BINDING_NO_MATCH'), ...Array(7).fill('BINDING_TOO_MANY_TRIES')].sort())
  const right = await cloud.act(guesser, 'binding.request', {
    requesterName: '赵六',
    requesterPhone: '13900001111',
    relation: '子女',
    cadreName: '王建国',
    phoneLast4: '1234',
  })
  expect(right).toMatchObject({ ok: false, error: { code: 'BINDING_TOO_MANY_TRIES' } })
})

it('locks a guesser out of codes after five wrong ones a day, however many are sent at once, writing nothing more', async () => {
  const guesser = 'someone-guessing-codes'
  const wrong = (i: number) => String(10_000_000 + i * 7919)
  const tries = await Promise.all(Array.from({ length: 30 }, (_v, i) => cloud.act(guesser, 'me.claimCadre', { code: wrong(i) })))
  const codes = tries.map((r) => (r.ok ? 'ok' : r.error.code)).sort()
  expect(codes).toEqual([...Array(5).fill('CODE_INVALID'), ...Array(25).fill('CODE_LOCKED')].sort())
  const locked = tries.find((r) => !r.ok && r.error.code === 'CODE_LOCKED')
  expect(locked).toMatchObject({ error: { message: '今天试错次数太多，请明天再试或打电话给社区' } })
  await refusedWithoutWrite(guesser, 'me.claimCadre', { code: wrong(99) }, 'CODE_LOCKED')
  await refusedWithoutWrite(guesser, 'binding.request', { requesterName: '赵六', relation: '子女', code: wrong(98) }, 'CODE_LOCKED')
})

it('locks a code that wrong guesses starting like it reached five times; staff see it and issue a new one', async () => {
  const cadre = await registerCadre(cloud, '试码老人', '1941-02-03', { category: '离休', livesAlone: true })
  const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })
  const near = (i: number) => `${code.slice(0, 4)}${String((Number(code.slice(4)) + 1 + i) % 10_000).padStart(4, '0')}`
  // Five different people each try once: no one of them is locked, but the code is.
  for (let i = 0; i < 5; i++)
    expect(await cloud.act(`stranger-near-${i}`, 'me.claimCadre', { code: near(i) })).toMatchObject({ error: { code: 'CODE_INVALID' } })
  const right = await cloud.act('the-real-cadre', 'me.claimCadre', { code })
  expect(right).toMatchObject({ ok: false, error: { code: 'CODE_LOCKED', message: expect.stringMatching(/锁定/) } })
  const detail = await cloud.ok(STAFF, 'cadre.get', { cadreId: cadre.id })
  expect(detail.openCodes).toEqual([
    { purpose: 'self', locked: true, words: expect.stringMatching(/^老人本人绑定码 \d{4} \*\*\*\*，被试错太多次，已锁定/) },
  ])
  expect(JSON.stringify(detail)).not.toContain(code)
  const fresh = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })
  // Typed with a space, as it is read out: "1234 5678".
  const claimed = await cloud.ok('the-real-cadre', 'me.claimCadre', { code: `${fresh.code.slice(0, 4)} ${fresh.code.slice(4)}` })
  expect(claimed).toMatchObject({ name: '试码老人' })
  expect((await cloud.ok(OTHER_STAFF, 'cadre.list', {})).cadres.map((c) => c.id)).not.toContain(cadre.id)
})

it('binds at once with a family code from staff, and the code works only once', async () => {
  const issued = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: 'cadre-03', purpose: 'family' })
  expect(issued.code).toMatch(/^\d{8}$/)
  await refusedWithoutWrite(OTHER_STAFF, 'bindingCode.issue', { cadreId: 'cadre-03', purpose: 'family' }, 'FORBIDDEN')
  const link = await cloud.ok('grandson-openid', 'binding.request', { requesterName: '张小龙', relation: '孙辈', code: issued.code })
  expect(link).toMatchObject({ status: 'active', via: 'code', cadreName: '张德福' })
  await refusedCountingTheTry('another-openid', 'binding.request', { requesterName: '张小虎', relation: '孙辈', code: issued.code })
})

it('lets a phone-less cadre registered by staff claim the record with a code', async () => {
  const cadre = await cloud.ok(STAFF, 'cadre.register', {
    name: '钱玉芬',
    gender: '女',
    birthDate: '1941-06-18',
    celebrates: 'lunar',
    rank: '一般',
    category: '退休',
    address: '桃园街 30 号 1 幢 101 室',
    livesAlone: true,
    partyMember: false,
  })
  expect(cadre).toMatchObject({ name: '钱玉芬', phoneMasked: '', hasWeChat: false })
  const { code } = await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })
  const me = await cloud.ok('qian-openid', 'me.claimCadre', { code })
  expect(me).toMatchObject({ roles: ['cadre'], activeRole: 'cadre', elderMode: true, cadre: { id: cadre.id } })
  await refusedCountingTheTry('impostor-openid', 'me.claimCadre', { code })
})

it('keeps strangers, other roles and other communities out, writing nothing', async () => {
  await refusedWithoutWrite('stranger', 'cadre.list', {}, 'FORBIDDEN')
  await refusedWithoutWrite(CALLERS.familyPermitted, 'cadre.register', { name: '某某' }, 'FORBIDDEN')
  await refusedWithoutWrite(OTHER_STAFF, 'cadre.get', { cadreId: 'cadre-01' }, 'FORBIDDEN')
  const roster = await cloud.ok(OTHER_STAFF, 'cadre.list', {})
  expect(roster.cadres.map((c) => c.name)).toEqual(['马国栋'])
  await refusedWithoutWrite('', 'home.get', {}, 'UNAUTHENTICATED')
})

it('answers bad input with a coded Chinese error and writes nothing', async () => {
  await refusedWithoutWrite(STAFF, 'no.such.action', {}, 'UNKNOWN_ACTION')
  await refusedWithoutWrite(STAFF, 'cadre.get', { cadreId: { $gt: '' } }, 'BAD_INPUT')
  await refusedWithoutWrite(STAFF, 'cadre.get', { cadreId: 'cadre-01', extra: 1 }, 'BAD_INPUT')
  await refusedWithoutWrite(STAFF, 'cadre.register', { name: '王'.repeat(5000) }, 'BAD_INPUT')
  await refusedWithoutWrite(
    NEWCOMER,
    'binding.request',
    { requesterName: '刘洋', requesterPhone: '13900001111', relation: '子女', cadreName: '李秀英', phoneLast4: '56' },
    'BAD_INPUT',
  )
  await refusedWithoutWrite(
    NEWCOMER,
    'binding.request',
    { requesterName: '刘洋', relation: '子女', code: '12345', __proto__: { admin: true } },
    'BAD_INPUT',
  )
  const { result } = await cloud.invoke('api', 'not an object', STAFF)
  expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } })
  const explained = await cloud.act(NEWCOMER, 'binding.request', {
    requesterName: '刘洋',
    requesterPhone: '13900001111',
    relation: '子女',
    cadreName: '李秀英',
    phoneLast4: 'abcd',
  })
  expect(explained).toMatchObject({ ok: false, error: { message: expect.stringContaining('后四位') } })
})

it('tells a newcomer after a wrong code or a wrong name and number how many tries are left today', async () => {
  const newcomer = 'family-counting-tries'
  const messages: string[] = []
  for (let i = 0; i < 5; i++) {
    const answer = await cloud.act(newcomer, 'binding.request', { requesterName: '周洁', relation: '子女', code: `9${i}000000` })
    messages.push(answer.ok ? 'ok' : answer.error.message)
  }
  expect(messages[0]).toMatch(/绑定码不对.*（今天还可以再试 4 次）$/)
  expect(messages[3]).toMatch(/（今天还可以再试 1 次）$/)
  expect(messages[4]).toMatch(/（今天不能再试了，请打电话给社区）$/)
  const byName = await cloud.act(newcomer, 'binding.request', {
    requesterName: '周洁',
    requesterPhone: '13900002222',
    relation: '子女',
    cadreName: '李秀英',
    phoneLast4: '0000',
  })
  expect(byName).toMatchObject({
    ok: false,
    error: { code: 'BINDING_NO_MATCH', message: expect.stringMatching(/（今天还可以再试 4 次）$/) },
  })
})
