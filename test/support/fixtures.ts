// A valid input for every action, made fresh for each call (an allowed call may use it up), about the
// target cadre where the action is about a cadre. A new action without a fixture fails the gates.
import type { ActionInput, ActionName, BookingView } from '../../cloudfunctions/lib/contracts'
import { shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { PUSH_TEMPLATES } from '../../cloudfunctions/lib/features/push/rules'
import type { LocalCloud } from './localcloud'
import { CALLERS, TARGET_CADRE, freshOpenid, type CallerKind } from './callers'
import { hostNow } from './clock'

export interface Prepared<A extends ActionName = ActionName> {
  input: ActionInput<A>
  /** Callers that are particular to this input, e.g. the owner of the link it names. */
  as?: Partial<Record<CallerKind, string>>
}

type Fixture<A extends ActionName> = (cloud: LocalCloud) => Promise<Prepared<A>>

const STAFF = CALLERS.staffSame
/** 黄伟, the other staff member of 桃园社区: asks for what 陈静 must approve. */
export const SECOND_STAFF = 'demo-staff-huangwei'

async function familyCode(cloud: LocalCloud, cadreId: string) {
  return (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId, purpose: 'family' })).code
}

/** A new cadre with no phone, so that anything done to it touches no one else. */
async function newCadre(cloud: LocalCloud) {
  return cloud.ok(STAFF, 'cadre.register', REGISTER_INPUT)
}

const REGISTER_INPUT: ActionInput<'cadre.register'> = {
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
async function activeLink(cloud: LocalCloud) {
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

const urgentRepair = async (cloud: LocalCloud) => {
  await assignedBooking(cloud)
  return cloud.ok(STAFF, 'booking.create', { cadreId: TARGET_CADRE, serviceKey: 'repair', urgent: true, note: '厨房水管漏水' })
}

const stepped = async (cloud: LocalCloud, ...steps: ('booking.checkIn' | 'booking.checkOut')[]) => {
  const b = await assignedBooking(cloud)
  for (const s of steps) await cloud.ok(CALLERS.provider, s, { bookingId: b.id })
  return b
}

let receipts = 0

export const FIXTURES: { [A in ActionName]: Fixture<A> } = {
  'home.get': async () => ({ input: {} }),
  'me.get': async () => ({ input: {} }),
  'me.update': async () => ({ input: { elderMode: true } }),
  'me.claimCadre': async (cloud) => {
    const cadre = await newCadre(cloud)
    return { input: { code: (await cloud.ok(STAFF, 'bindingCode.issue', { cadreId: cadre.id, purpose: 'self' })).code } }
  },
  'binding.request': async (cloud) => ({
    input: { requesterName: '林晓', relation: '子女', code: await familyCode(cloud, (await newCadre(cloud)).id) },
  }),
  'binding.decide': async (cloud) => {
    const link = await cloud.ok(freshOpenid('family'), 'binding.request', {
      requesterName: '林晓',
      requesterPhone: '13900001111',
      relation: '子女',
      cadreName: '王建国',
      phoneLast4: '1234',
    })
    return { input: { linkId: link.id, approve: true } }
  },
  'binding.setPermissions': async (cloud) => {
    const { link } = await activeLink(cloud)
    return { input: { linkId: link.id, permissions: { book: true, health: true, sos: true } } }
  },
  'binding.end': async (cloud) => {
    const { owner, link } = await activeLink(cloud)
    return { input: { linkId: link.id }, as: { familyPermitted: owner } }
  },
  'cadre.register': async () => ({ input: REGISTER_INPUT }),
  'cadre.list': async () => ({ input: { keyword: '王' } }),
  'cadre.get': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'bindingCode.issue': async () => ({ input: { cadreId: TARGET_CADRE, purpose: 'family' } }),
  'service.catalog': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'service.slots': async () => ({ input: { cadreId: TARGET_CADRE, serviceKey: 'haircut', date: dayAhead(2) } }),
  'booking.create': async (cloud) => {
    await assignedBooking(cloud)
    return { input: { cadreId: TARGET_CADRE, serviceKey: 'haircut', ...(await firstOpenTime(cloud, 'haircut')) } }
  },
  'booking.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'booking.get': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id } }),
  'booking.cancel': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id, reason: '临时有事' } }),
  'booking.reschedule': async (cloud) => {
    const b = await assignedBooking(cloud)
    const later = await firstOpenTime(cloud, 'meals')
    return { input: { bookingId: b.id, ...later } }
  },
  'booking.rate': async (cloud) => ({
    input: { bookingId: (await stepped(cloud, 'booking.checkIn', 'booking.checkOut')).id, stars: 5, words: '很细心' },
  }),
  'booking.checkIn': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id } }),
  'booking.checkOut': async (cloud) => ({ input: { bookingId: (await stepped(cloud, 'booking.checkIn')).id, note: '饭菜已送到' } }),
  'booking.noShow': async (cloud) => ({ input: { bookingId: (await assignedBooking(cloud)).id, note: '敲门无人应答' } }),
  'booking.assign': async (cloud) => ({ input: { bookingId: (await urgentRepair(cloud)).id, providerId: 'demo-provider-qianming' } }),
  'booking.reject': async (cloud) => ({ input: { bookingId: (await urgentRepair(cloud)).id, reason: '维修师傅都在外面' } }),
  'dispatch.board': async () => ({ input: {} }),
  'provider.tasks': async () => ({ input: {} }),
  'serviceDesk.get': async () => ({ input: {} }),
  'serviceType.update': async () => ({
    input: { serviceKey: 'legal', priceFen: 0, durationMin: 60, minNoticeHours: 48, cutoffHours: 12, active: true },
  }),
  'provider.save': async () => ({
    input: {
      providerId: 'demo-provider-laozhang',
      name: '张建军',
      kind: '志愿者',
      phone: '13600001006',
      services: ['escort', 'papers'],
      grid: '桃园一网格',
      availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '08:00', to: '11:00' })),
      daysOff: [],
      bufferMin: 20,
      active: true,
    },
  }),
  'card.get': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'card.entries': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'card.list': async () => ({ input: {} }),
  'card.record': async () => ({
    input: { cadreId: TARGET_CADRE, kind: 'topup', amountFen: 5000, receiptNo: `R${process.pid}-${++receipts}` },
  }),
  'card.adjust': async () => ({ input: { cadreId: TARGET_CADRE, amountFen: -100, reason: '上月多记了一元', requestId: requestId() } }),
  'card.adjustments': async () => ({ input: {} }),
  'card.decide': async (cloud) => ({ input: { adjustmentId: (await pendingAdjustment(cloud)).id, approve: true } }),
  'card.statement': async () => ({ input: { month: shanghaiDay(hostNow()).slice(0, 7) } }),
  'cardPolicy.get': async () => ({ input: {} }),
  'cardPolicy.save': async () => ({
    input: {
      communityId: 'c-xinghua',
      allowanceFen: { 离休: { 副县级以上: 50000, 一般: 40000 }, 退休: { 副县级以上: 40000, 一般: 30000 } },
      issueOn: '01-01',
      yearEnd: 'carry',
      approvalAboveFen: 10000,
    },
  }),
  'activity.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'activity.get': async () => ({ input: { activityId: 'activity-demo-health', cadreId: TARGET_CADRE } }),
  'activity.signUp': async (cloud) => ({
    input: { activityId: (await cloud.ok(STAFF, 'activity.save', newActivity())).id, cadreId: TARGET_CADRE },
  }),
  'activity.withdraw': async (cloud) => {
    await cloud.ok(STAFF, 'activity.signUp', { activityId: 'activity-demo-party', cadreId: TARGET_CADRE })
    return { input: { activityId: 'activity-demo-party', cadreId: TARGET_CADRE } }
  },
  'activity.manage': async () => ({ input: {} }),
  'activity.save': async () => ({ input: newActivity() }),
  'activity.cancel': async (cloud) => ({
    input: { activityId: (await cloud.ok(STAFF, 'activity.save', newActivity())).id, reason: '场地临时维修' },
  }),
  'activity.roster': async () => ({ input: { activityId: 'activity-demo-health' } }),
  'activity.attend': async (cloud) => {
    await cloud.ok(STAFF, 'activity.signUp', { activityId: 'activity-demo-health', cadreId: TARGET_CADRE })
    return { input: { activityId: 'activity-demo-health', cadreId: TARGET_CADRE, attended: true } }
  },
  'material.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'material.get': async () => ({ input: { materialId: 'material-demo-fraud', cadreId: TARGET_CADRE } }),
  'material.markRead': async () => ({ input: { materialId: 'material-demo-fraud', cadreId: TARGET_CADRE } }),
  'material.manage': async () => ({ input: {} }),
  'material.save': async () => ({
    input: { title: '冬季用电安全', category: '法律', body: [{ text: '电热毯不要整夜开着。' }, { text: '出门前关掉取暖器。' }] },
  }),
  'contribution.submit': async () => ({
    input: { cadreId: TARGET_CADRE, kind: 'work', type: '诗词', title: '七律·重阳', detail: '九九重阳秋意浓，桃园老友聚亭中。' },
  }),
  'contribution.board': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'contribution.review': async () => ({ input: {} }),
  'contribution.decide': async (cloud) => {
    const work = await cloud.ok(CALLERS.cadreSelf, 'contribution.submit', {
      cadreId: TARGET_CADRE,
      kind: 'skill',
      type: '义务巡逻',
      title: '晚间小区巡逻',
      detail: '每周二、四晚上七点到八点',
    })
    return { input: { contributionId: work.id, approve: true } }
  },
  'sos.raise': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'sos.status': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'sos.console': async () => ({ input: {} }),
  'sos.acknowledge': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id } }),
  'sos.note': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id, text: '已到老人家门口' } }),
  'sos.close': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id, outcome: '老人摔倒，已送区医院检查' } }),
  'sos.falseAlarm': async (cloud) => ({ input: { eventId: (await openSos(cloud)).id } }),
  'care.get': async () => ({ input: { cadreId: TARGET_CADRE }, as: { provider: DOCTOR } }),
  'care.save': async () => ({ input: CARE_INPUT }),
  'care.saveHealth': async (cloud) => {
    await cloud.ok(STAFF, 'care.consent', { cadreId: TARGET_CADRE, given: true, method: '本人书面签字' })
    return { input: HEALTH_INPUT }
  },
  'care.consent': async () => ({ input: { cadreId: TARGET_CADRE, given: true, method: '本人书面签字' } }),
  'care.accessLog': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'care.export': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'care.erase': async (cloud) => ({ input: { cadreId: (await newCadre(cloud)).id, reason: '本人书面申请删除' } }),
  'visit.report': async () => ({ input: { cadreId: TARGET_CADRE, kind: '住院', note: '昨晚摔倒，住进区医院', requestId: requestId() } }),
  'task.list': async () => ({ input: {} }),
  'visit.record': async (cloud) => {
    const task = await cloud.ok(STAFF, 'visit.report', { cadreId: TARGET_CADRE, kind: '大事', note: '孙子结婚', requestId: requestId() })
    return { input: { cadreId: TARGET_CADRE, taskId: task.id, day: dayAhead(0), visitors: '陈静', gifts: '', notes: '老人精神很好' } }
  },
  'visit.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'pairing.list': async () => ({ input: {} }),
  'pairing.save': async () => ({ input: { cadreId: TARGET_CADRE, volunteerId: VOLUNTEER, active: true } }),
  'pairing.mine': async () => ({ input: {}, as: { provider: VOLUNTEER } }),
  'pairing.log': async () => ({
    input: { pairId: `${VOLUNTEER}:${TARGET_CADRE}`, kind: '联系', note: '电话问候' },
    as: { provider: VOLUNTEER },
  }),
  'message.list': async () => ({ input: {} }),
  'message.read': async () => ({ input: {} }),
  'reminderPolicy.get': async () => ({ input: {} }),
  'reminderPolicy.save': async () => ({ input: REMINDER_POLICY_INPUT }),
  'push.status': async () => ({ input: {} }),
  'push.consent': async () => ({ input: { templateIds: [PUSH_TEMPLATES.service.id], moment: 'booking' } }),
}

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
const openSos = (cloud: LocalCloud) => cloud.ok(STAFF, 'sos.raise', { cadreId: TARGET_CADRE })

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

export const prepare = (cloud: LocalCloud, action: ActionName) => FIXTURES[action](cloud) as Promise<Prepared>

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
