// What the fixtures and tests build on: helpers that make a new cadre, an active link, an open time, a booking
// assigned to the provider caller, and the valid inputs several tests share.
import type { ActionInput, ActionName, BookingView } from '../../cloudfunctions/lib/contracts'
import { shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { FILE_PURPOSES, type CadrePurpose, type CommunityPurpose, type FilePurpose } from '../../cloudfunctions/lib/features/files/rules'
import { COLUMNS, checkCharacter } from '../../cloudfunctions/lib/features/roster/sheet.rules'
import { sdkFor, type LocalCloud } from './localcloud'
import { formatCode, newInvite } from '../../cloudfunctions/lib/features/people/rules'
import { bootstrapDocs } from '../../config/deploy/bootstrap'
import { request } from './http'
import { CALLERS, TARGET_CADRE, freshOpenid, type CallerKind } from './callers'
import { hostNow } from './clock'

export interface Prepared<A extends ActionName = ActionName> {
  input: ActionInput<A>
  /** Callers that are particular to this input, e.g. the owner of the link it names. */
  as?: Partial<Record<CallerKind, string>>
}

export type Fixture<A extends ActionName> = (cloud: LocalCloud) => Promise<Prepared<A>>

export const STAFF = CALLERS.staffSame

/** 黄伟, the other staff member of 桃园社区: asks for what 陈静 must approve. */
export const SECOND_STAFF = 'demo-staff-huangwei'

/** A 1×1 png: the smallest real photo. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b00000000049454e44ae426082',
  'hex',
)

/** What the phone does for one photo: ask for a place, upload there (as wx.cloud.uploadFile would), then have it checked. */
export async function uploadPhoto(
  cloud: LocalCloud,
  openid: string,
  { bytes = PNG as Buffer, ext = 'png', check = true, cadreId = TARGET_CADRE, purpose = 'visitPhoto' as FilePurpose } = {},
) {
  const about = FILE_PURPOSES[purpose].about === 'cadre'
  const { fileRef, cloudPath } = about
    ? await cloud.ok(openid, 'file.prepare', { cadreId, purpose: purpose as CadrePurpose, ext: ext as 'png' })
    : await cloud.ok(openid, 'file.prepareForCommunity', { purpose: purpose as CommunityPurpose, ext: ext as 'png' })
  // As the phone sends it (wx.cloud.uploadFile, signed in as the user), to this localcloud.
  const sent = await request(`${cloud.url}/__cloud/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'PUT',
    headers: { 'x-openid': openid },
    body: bytes,
  })
  const fileId = sent.json<{ fileID: string }>().fileID
  const ticket = check ? (await cloud.ok(openid, 'file.check', { fileRef, fileId })).ticket : ''
  return { fileRef, fileId, ticket }
}

/** A roster sheet as staff upload it (a csv unless said), checked: its ticket is what roster.import takes. */
export const uploadSheet = (cloud: LocalCloud, openid: string, bytes: Buffer, ext: 'csv' | 'xlsx' = 'csv') =>
  uploadPhoto(cloud, openid, { purpose: 'rosterSheet', bytes, ext })

/** A resident ID number that passes the check, for a birth date; `seq` (0–999) tells people born the same day apart. */
export const idNumberFor = (birthDate: string, seq: number) => {
  const first17 = `330203${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`
  return first17 + checkCharacter(first17)
}

/** A roster csv in the template's columns, as Excel saves it (UTF-8 with a BOM). */
export function rosterCsv(rows: Record<string, string>[]): Buffer {
  const headers = COLUMNS.map((c) => c.header)
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')
  return Buffer.from(`\uFEFF${[line(headers), ...rows.map((r) => line(COLUMNS.map((c) => r[c.key] ?? '')))].join('\r\n')}\r\n`)
}

/** A complete, valid row for the roster file: a cadre of 80 born on the given day. */
export const rosterRow = (name: string, birthDate: string, seq: number, more: Record<string, string> = {}) => ({
  name,
  idNumber: idNumberFor(birthDate, seq),
  gender: '女',
  birthDate,
  celebrates: '公历',
  rank: '一般',
  category: '退休',
  partyMember: '是',
  livesAlone: '否',
  address: '桃园街 30 号 2 幢 101 室',
  ...more,
})

export const KNOWN_ROWS = [
  rosterRow('钱淑芬', '1944-05-06', 11),
  rosterRow('孙立新', '1939-11-20', 12, { gender: '男', rank: '副县级以上' }),
]

/** What WeChat's client hands the page when the user taps the phone-number button and allows it. */
export async function phoneCode(cloud: LocalCloud, phone: string, countryCode = '86'): Promise<string> {
  return ((await cloud.post('/__cloud/phone-code', { phone, countryCode })) as { code: string }).code
}

export async function familyCode(cloud: LocalCloud, cadreId: string) {
  return (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId, purpose: 'family' })).code
}

/** A new cadre with no phone, so that anything done to it touches no one else. */
export async function newCadre(cloud: LocalCloud) {
  return cloud.ok(STAFF, 'cadre.register', REGISTER_INPUT)
}

export const REGISTER_INPUT: ActionInput<'cadre.register'> = {
  name: '测试老人',
  gender: '女',
  birthDate: '1940-03-08',
  celebrates: 'solar',
  rank: '一般',
  category: '退休',
  address: '桃园街 99 号 1 幢 101 室',
  livesAlone: false,
  partyMember: true,
}

/** An active link to the target cadre owned by a new family member. */
export async function activeLink(cloud: LocalCloud) {
  const owner = freshOpenid('family')
  const link = await cloud.ok(owner, 'binding.request', {
    requesterName: '林晓',
    relation: '子女',
    code: await familyCode(cloud, TARGET_CADRE),
  })
  return { owner, link }
}

/** The Shanghai day `n` days from now. */
export const dayAhead = (n: number) => shanghaiDay(new Date(hostNow().getTime() + n * 86_400_000))

/** The open times of a service for a cadre, day by day over the coming two weeks from tomorrow. */
async function* openTimes(cloud: LocalCloud, serviceKey: string, cadreId = TARGET_CADRE) {
  for (let n = 1; n < 14; n++) {
    const date = dayAhead(n)
    const { times } = await cloud.ok(STAFF, 'service.slots', { cadreId, serviceKey, date })
    for (const time of times) yield { date, time }
  }
}

export async function firstOpenTime(cloud: LocalCloud, serviceKey: string, cadreId = TARGET_CADRE) {
  for await (const slot of openTimes(cloud, serviceKey, cadreId)) return slot
  throw new Error(`no open time for ${serviceKey}`)
}

/**
 * A meal delivery for the target cadre assigned to 周兰 (the provider caller), after staff cancel the
 * cadre's other open bookings so that fixtures never run into the cap on open bookings.
 */
export async function assignedBooking(cloud: LocalCloud): Promise<BookingView> {
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: TARGET_CADRE })
  for (const b of bookings) {
    if (b.can.cancel) await cloud.ok(STAFF, 'booking.cancel', { bookingId: b.id })
    if (b.can.checkOut) await cloud.ok(STAFF, 'booking.checkOut', { bookingId: b.id })
  }
  for await (const slot of openTimes(cloud, 'meals')) {
    const booking = await cloud.ok(STAFF, 'booking.create', { cadreId: TARGET_CADRE, serviceKey: 'meals', ...slot })
    if (booking.provider?.id === CALLERS.provider) return booking
    // 周兰 is busy then and someone else was sent: try a later time.
    await cloud.ok(STAFF, 'booking.cancel', { bookingId: booking.id })
  }
  throw new Error('周兰 has no free time in two weeks')
}

export const urgentRepair = async (cloud: LocalCloud) => {
  await assignedBooking(cloud)
  return cloud.ok(STAFF, 'booking.create', { cadreId: TARGET_CADRE, serviceKey: 'repair', urgent: true, note: '厨房水管漏水' })
}

export const stepped = async (cloud: LocalCloud, ...steps: ('booking.checkIn' | 'booking.checkOut')[]) => {
  const b = await assignedBooking(cloud)
  for (const s of steps) await cloud.ok(CALLERS.provider, s, { bookingId: b.id })
  return b
}

let receipts = 0

/** 杨晓, the volunteer paired with the target cadre in the demo. */
export const VOLUNTEER = 'demo-provider-xiaoyang'

/** 吴医生, the target cadre's responsible doctor in the demo: the one provider who may read his profile. */
export const DOCTOR = 'demo-provider-doctor-wu'

export const CARE_INPUT: ActionInput<'care.save'> = {
  cadreId: TARGET_CADRE,
  household: '空巢（与老伴同住）',
  hobbies: '书法、象棋',
  habits: '早睡早起，午睡到两点半',
  contacts: [
    { kind: '家属', name: '王丽', phone: '13957412345' },
    { kind: '原单位联系人', name: '何建华', phone: '0574-87201234' },
  ],
}

export const HEALTH_INPUT: ActionInput<'care.saveHealth'> = {
  cadreId: TARGET_CADRE,
  selfCare: '半自理',
  conditions: ['高血压', '冠心病'],
  diet: '少盐',
  diabetic: false,
  idNumber: '330203193103151232',
}

/** The target cadre's open call for help (raised by staff for him if there is none). */
export const openSos = (cloud: LocalCloud) => cloud.ok(STAFF, 'sos.raise', { cadreId: TARGET_CADRE })

/** An activity six days ahead in the target cadre's community, as staff would publish it. */
export const newActivity = (capacity = 10): ActionInput<'activity.save'> => ({
  title: '社区读书会',
  category: '学习',
  description: '一起读一本好书。',
  room: '桃园社区图书室',
  date: dayAhead(6),
  start: '09:00',
  end: '10:30',
  deadlineDate: dayAhead(5),
  deadlineTime: '18:00',
  capacity,
})

/** A fresh idempotency key for a form, as the page makes one. */
export const requestId = () => `req-${process.pid}-${++receipts}-${Date.now()}`
/** A receipt number never used before in this run. */
export const receiptNo = () => `R${process.pid}-${++receipts}`

/** 200 yuan added to the target cadre's card by the community's second staff member, waiting for approval. */
export async function pendingAdjustment(cloud: LocalCloud) {
  const asked = await cloud.ok(SECOND_STAFF, 'card.adjust', {
    cadreId: TARGET_CADRE,
    amountFen: 20000,
    reason: '补发慰问金',
    requestId: requestId(),
  })
  return asked.adjustment
}

/** The default reminder policy as the bureau's form sends it, with 元宵 added. */
export const REMINDER_POLICY_INPUT: ActionInput<'reminderPolicy.save'> = {
  familyLeadDays: 3,
  staffLeadDays: 7,
  reportDueDays: 2,
  birthday: { thresholds: { 副县级以上: 70, 一般: 80 }, reckoning: 'full' },
  festivals: [
    ...['chunjie', 'duanwu', 'zhongqiu', 'chongyang', 'yuanxiao'].map((key) => ({ key, audience: 'all' as const })),
    { key: 'qiyi', audience: 'partyMembers' },
  ],
  healthCheck: { month: 3, day: 1 },
}

/** A new cadre of 桃园社区, registered by staff with the plain parts of the form filled in. */
export const registerCadre = (cloud: LocalCloud, name: string, birthDate: string, over: Partial<ActionInput<'cadre.register'>> = {}) =>
  cloud.ok(CALLERS.staffSame, 'cadre.register', {
    name,
    gender: '男',
    birthDate,
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 2 号 3 幢 201 室',
    livesAlone: false,
    partyMember: false,
    ...over,
  })

/** A new family member bound to the cadre with a code staff issued; answers their openid. */
export async function bindFamily(cloud: LocalCloud, cadreId: string, requesterName = '林晓'): Promise<string> {
  const family = freshOpenid('family')
  const { code } = await cloud.ok(CALLERS.staffSame, 'bindingCode.issue', { cadreId, purpose: 'family' })
  await cloud.ok(family, 'binding.request', { requesterName, relation: '子女', code })
  return family
}

/** `count` party members of 桃园社区 as an import writes them straight into the roster, for roster-wide sweeps. */
export const partyMembers = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    _id: `party-${String(i).padStart(3, '0')}`,
    communityId: 'c-taoyuan',
    name: '老党员',
    birthDate: '1940-01-01',
    birthdayKey: 'S:1-1',
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    partyMember: true,
    address: '桃园街',
    cardIssuedYear: 2027,
  }))

/** An invite code as the deploy's bootstrap step writes it (straight into the database, as the manager API does). */
export async function inviteCode(
  cloud: LocalCloud,
  who: { purpose: 'staff' | 'admin'; name: string; communityId?: string },
): Promise<string> {
  const code = formatCode(Math.random())
  const { _id, ...data } = newInvite(code, who, 'deploy', hostNow())
  await sdkFor(cloud).database().collection('bindingCodes').doc(_id).set({ data })
  return code
}

/** A new community as the deploy's bootstrap step is told of it (a bootstrap.json). */
export const NEW_COMMUNITY = {
  communityId: 'c-meiyuan',
  community: '梅园社区',
  district: '鄞州区',
  dutyPhone: '0574-88990000',
  address: '宁波市鄞州区梅园路 1 号',
  staff: '周敏',
  bureau: '吴强',
}

/** What the deploy's bootstrap step writes for a new community, written the way it writes it (as documents). */
export async function bootstrapped(
  cloud: LocalCloud,
  codes: { staff: string; bureau?: string },
  community: Partial<typeof NEW_COMMUNITY> = {},
  now = hostNow(),
) {
  const db = sdkFor(cloud).database()
  for (const [collection, docs] of Object.entries(bootstrapDocs({ ...NEW_COMMUNITY, ...community }, codes, now)))
    for (const { _id, ...data } of docs) await db.collection(collection).doc(_id).set({ data })
}
