// What actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { Role } from '../core/contract'
import type { PushKind } from '../features/push/rules'
import type { FestivalRule, ReminderPolicy } from '../features/reminders/occasions.rules'

export interface Permissions {
  book: boolean
  health: boolean
  sos: boolean
}

export interface CommunityView {
  id: string
  name: string
  dutyPhone: string
}

export interface CadreSummary {
  id: string
  name: string
  age: number
  gender: '男' | '女'
  rank: '副县级以上' | '一般'
  category: '离休' | '退休'
  phoneMasked: string
  address: string
  livesAlone: boolean
  hasWeChat: boolean
}

export type LinkStatus = 'pending' | 'active' | 'rejected' | 'ended'

export interface LinkView {
  id: string
  cadreId: string
  cadreName: string
  familyName: string
  /** The applicant's mobile, masked but for the last four digits: 138****5678. */
  familyPhone: string
  relation: string
  status: LinkStatus
  permissions: Permissions
  requestedAt: string
  /** “今天 9:30”, “11月28日 18:02”: when they asked. */
  requestedWords: string
  via: 'phone' | 'code'
}

export interface MeView {
  openid: string
  name: string
  roles: Role[]
  activeRole: Role | null
  elderMode: boolean
  community: CommunityView | null
  cadre: CadreSummary | null
}

export interface HomeView {
  me: MeView
  /** Bound cadres a family member looks after. */
  cadres: CadreSummary[]
  /** Binding requests waiting for this user's decision (cadre or staff). */
  pendingApprovals: LinkView[]
  /** The caller's own requests that are not decided yet. */
  myPendingRequests: (LinkView & { community: CommunityView })[]
  /** For staff, what waits in their community: the counts on the home tiles. */
  staff: {
    cadreCount: number
    pendingBindings: number
    /** 一键通 calls not closed yet. */
    openSos: number
    /** Visit tasks past their day. */
    overdueTasks: number
    /** Requests waiting for someone to be sent, of which urgent repairs. */
    waitingRequests: number
    urgentRequests: number
  } | null
  /** Messages not yet opened: the badge on 我的. */
  unreadMessages: number
}

export interface CadreDetail extends CadreSummary {
  family: LinkView[]
  community: CommunityView
  /** The viewer is staff of this cadre's community (may issue codes, decide requests). */
  canManage: boolean
  /** The viewer is family whose link includes 一键通: they may call for help for the cadre. */
  mayRaiseSos: boolean
  /** For staff: the cadre's codes still waiting to be used; a locked one (guessed at too often) needs a new code. */
  openCodes?: { purpose: 'family' | 'self'; words: string; locked: boolean }[]
  /** The cadre's full mobile, for his family and the staff who serve him (others see `phoneMasked`). */
  phone?: string
  /** What the viewer may do for this cadre, as the declarations say: the page offers only these. */
  may: CadreAction[]
}

/** The actions a cadre's page offers, each shown only to those it admits. */
export type CadreAction = 'service.catalog' | 'booking.list' | 'card.entries' | 'card.record' | 'visit.report' | 'care.get'

export interface IssuedCode {
  code: string
  purpose: 'family' | 'self'
  expiresAt: string
}

export type BookingStatus = 'requested' | 'assigned' | 'in_service' | 'completed' | 'rated' | 'cancelled' | 'rejected' | 'no_show'

export interface ServiceView {
  key: string
  name: string
  blurb: string
  priceFen: number
  /** The price as people read it: "15.00 元" or "免费". */
  price: string
  durationMin: number
  minNoticeHours: number
  cutoffHours: number
  urgent: boolean
  paidByCard: boolean
}

export interface CatalogView {
  cadre: { id: string; name: string; address: string }
  community: CommunityView
  services: ServiceView[]
  /** The days that can be booked, in words ("明天", "11月26日 周四"), by the server's clock. */
  days: { date: string; words: string }[]
}

export interface SlotsView {
  date: string
  /** 'HH:mm' start times some provider can serve. */
  times: string[]
  /** The same times as people say them, "上午 9:30", in the same order. */
  labels: string[]
}

export interface BookingStep {
  status: BookingStatus
  byName: string
  at: string
  /** "11月24日 09:35", Shanghai time. */
  atWords: string
  note?: string
}

export interface BookingView {
  id: string
  cadreId: string
  cadreName: string
  address: string
  serviceKey: string
  serviceName: string
  priceFen: number
  price: string
  urgent: boolean
  /** Shanghai day and time of the visit; absent for urgent requests. */
  date?: string
  time?: string
  /** The visit in words, e.g. "11月24日 周二 上午 9:00". */
  when: string
  status: BookingStatus
  statusWords: string
  /** When it was asked for, as "12 分钟前" (how long an urgent repair has waited). */
  askedWords: string
  provider: { id: string; name: string; phone: string } | null
  bookedBy: { name: string; onBehalf: boolean }
  note?: string
  rating?: { stars: number; words?: string }
  history: BookingStep[]
  /** What the viewer may do now. */
  can: { cancel: boolean; reschedule: boolean; rate: boolean; checkIn: boolean; checkOut: boolean; assign: boolean }
  /** Past the cut-off: cancel or change by phone instead. */
  callInstead: boolean
  /** For the provider going to the door and for staff only. */
  cadrePhone?: string
  /** What this visit holds (or took) on the service card, as "15.00": a cancel says it went back. */
  cardYuan?: string
  /** What staff may still give back on the card for this visit (taken and not yet refunded), when any. */
  refundableFen?: number
}

export interface ProviderView {
  id: string
  name: string
  kind: string
  phone: string
  services: string[]
  grid?: string
}

export interface DispatchBoard extends Paged {
  date: string
  /** A page of the requests waiting for someone to be sent (urgent first); `total` counts them all. */
  waiting: BookingView[]
  /** 派出未上门: urgent repairs someone was sent to who has not yet arrived, longest waiting first. */
  sent: BookingView[]
  providers: (ProviderView & { bookings: BookingView[] })[]
}

export interface ProviderDetail extends ProviderView {
  availability: { weekday: number; from: string; to: string }[]
  daysOff: string[]
  bufferMin: number
  active: boolean
}

export interface CardView {
  balanceFen: number
  heldFen: number
  availableFen: number
  /** Yuan with two decimals, for the very large digits. */
  available: string
  held: string
}

export interface CardEntryView {
  id: string
  kind: string
  amountFen: number
  /** "上门理发 已扣 15.00 元" */
  words: string
  atWords: string
  byName: string
}

export interface CardAdjustmentView {
  id: string
  cadreId: string
  cadreName: string
  amountFen: number
  /** "增加 20.00 元" / "减少 150.00 元" */
  amountWords: string
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  requestedByName: string
  atWords: string
  decidedByName?: string
  /** Whether the caller may approve it: another staff member of the community than the one who asked. */
  canDecide: boolean
}

export interface CardPolicyView {
  communityId: string
  communityName: string
  allowanceFen: Record<'离休' | '退休', Record<'副县级以上' | '一般', number>>
  issueOn: string
  yearEnd: 'expire' | 'carry'
  approvalAboveFen: number
  /** Whether it is the community's own or the defaults. */
  isDefault: boolean
  canEdit: boolean
  /** For admins: every community, to choose whose policy to see. */
  communities: { id: string; name: string }[]
}

export interface CardStatementView {
  month: string
  title: string
  rows: { cadreId: string; name: string; opening: string; in: string; out: string; closing: string; held: string }[]
  totals: { opening: string; in: string; out: string; closing: string }
  /** The full statement (every column) as CSV for Excel / WPS. */
  csv: string
}

export interface ActivityView {
  id: string
  title: string
  category: string
  description: string
  room: string
  /** "明天 上午 9:00" */
  when: string
  /** "上午 9:00 到 上午 11:00" */
  hours: string
  day: string
  /** "09:00", "10:30": for the staff's edit form. */
  start: string
  end: string
  deadlineDay: string
  deadlineTime: string
  deadline: string
  capacity: number
  confirmed: number
  seatsLeft: number
  accessibility?: string
  cover?: string
  status: 'open' | 'cancelled'
  /** Whether sign-ups and withdrawals are still taken. */
  signupOpen: boolean
  /** The cadre's own place, when the view is for a cadre. */
  mine?: { cadreId: string; cadreName: string; status: 'confirmed' | 'waitlisted' | null; words: string; place?: number }
}

/** One page of an activity's sign-ups (confirmed first, then the waitlist), with the whole activity's counts. */
export interface ActivityRoster extends Paged {
  activity: ActivityView
  confirmed: { cadreId: string; cadreName: string; attended: boolean; byName: string }[]
  waitlisted: { cadreId: string; cadreName: string; place: number }[]
  counts: { confirmed: number; waitlisted: number; attended: number }
}

export interface MaterialSummary {
  id: string
  title: string
  category: string
  publishedWords: string
  read: boolean
  readers?: number
}

export interface MaterialView extends MaterialSummary {
  body: { text?: string; image?: string }[]
  byName: string
  /** Staff see who has read it. */
  readBy?: { cadreName: string; atWords: string }[]
}

export interface ContributionView {
  id: string
  cadreId: string
  cadreName: string
  kind: 'skill' | 'work'
  /** "志愿服务" / "作品" */
  kindWords: string
  type: string
  title: string
  detail: string
  image?: string
  status: 'pending' | 'approved' | 'rejected'
  /** "等社区审核" / "已上宣传栏" / "社区没有通过：…" */
  statusWords: string
  atWords: string
}

export interface SosView {
  id: string
  cadreId: string
  cadreName: string
  address: string
  atWords: string
  status: 'open' | 'acknowledged' | 'closed'
  /** "正在通知家属", "社区已响应（陈静）", "已处理完：…" */
  statusWords: string
  steps: { atWords: string; words: string }[]
  /** The community's 24-hour line, which the phone dials right after the press. */
  dutyPhone: string
}

export interface SosConsoleItem extends SosView {
  phone?: string
  livesAlone: boolean
  family: { name: string; relation: string }[]
  /** From the care profile, for the responder: e.g. "半自理；高血压、糖尿病；少糖饮食" (the read is logged). */
  health: string
  contacts: CareContactView[]
}

export interface CareContactView {
  kind: string
  name: string
  /** In full for those who may call (the cadre, family, staff, the doctor); masked (138****5678) for others. */
  phone: string
  callable: boolean
}

export interface CareHealthView {
  selfCare: string
  conditions: string[]
  diet: string
  diabetic: boolean
  /** In full for the cadre and community staff only, masked (330203********1234) for the others who see health. */
  idNumber: string
}

/** 四个必须知道 and the people to call, as one viewer may see it. */
export interface CareProfileView {
  cadreId: string
  cadreName: string
  age: number
  address: string
  phone: string
  household: string
  hobbies: string
  habits: string
  contacts: CareContactView[]
  guarantors: { originalUnit: string; bureau: string; family: string; community: string }
  doctor: { id: string; name: string } | null
  consent: { given: boolean; words: string }
  /** Null when there is no consent or nothing recorded yet, or the viewer may not see health data. */
  health: CareHealthView | null
  /** Why health is not shown, in words; empty when it is. */
  healthNote: string
  can: { edit: boolean; editKeepers: boolean; editHealth: boolean; consent: boolean; admin: boolean }
  /** Doctors (providers of 上门巡诊) of the cadre's community, for staff choosing the responsible one. */
  doctors: { id: string; name: string }[]
}

export interface AccessLogEntryView {
  id: string
  actorName: string
  actorRole: string
  cadreId: string
  cadreName: string
  fields: string[]
  via: string
  atWords: string
}

/** A visit staff owe, as 今日任务 shows it. */
export interface TaskView {
  id: string
  kind: string
  cadreId: string
  cadreName: string
  address: string
  phone?: string
  title: string
  note: string
  dueDay: string
  /** "今天 11月24日 周二", "已过期 2 天" */
  dueWords: string
  overdue: boolean
  status: 'open' | 'done'
  /** Who reported it (a 住院 or 大事 report), to call first. */
  reporter?: { name: string; phone?: string }
}

/** A 结对 pair as staff and the volunteer see it, with how it is keeping up. */
export interface PairView {
  id: string
  volunteerId: string
  volunteerName: string
  volunteerPhone: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  startedOn: string
  active: boolean
  /** "11月20日 周五" or "还没有联系过" */
  lastContactWords: string
  visitsIn30Days: number
  /** Why it is overdue, in words; empty when it is keeping up. */
  overdue: string[]
}

export interface VisitView {
  id: string
  cadreId: string
  cadreName: string
  day: string
  dayWords: string
  visitors: string
  gifts: string
  notes: string
  recordedByName: string
  taskTitle?: string
}

/** How many WeChat reminders of each kind the person can still receive (one per 允许 tap). */
export interface PushStatusView {
  kinds: { kind: PushKind; title: string; templateId: string; open: number }[]
}

/** The reminder policy as the bureau edits it, with the festivals it may choose from. */
export interface ReminderPolicyView extends ReminderPolicy {
  isDefault: boolean
  canEdit: boolean
  updatedWords: string
  catalogue: FestivalRule[]
}

/** A list answered a page at a time: how many there are in all, and the offset of the next page (null: no more). */
export interface Paged {
  total: number
  next: number | null
}
