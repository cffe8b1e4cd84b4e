// Collection names and the documents they hold. Dates are stored as Date; money as integer fen.
import type { BookingStatus, LinkStatus, Permissions, Role } from '../contracts'
import type { ServiceRule } from '../features/services/rules'
import type { CardPolicy, EntryKind } from '../features/card/rules'
import type { Busy, Window } from '../features/services/slots.rules'
import type { ActivityCategory, MaterialCategory, SignupStatus } from '../features/activities/rules'
import type { Tier } from '../features/sos/rules'
import type { HealthFacts } from '../features/care/rules'
import type { ContactKind, TaskKind } from '../core/categories'
import type { PushKind, PushState } from '../features/push/rules'
import type { ReminderPolicy } from '../features/reminders/occasions.rules'
import type { SweepSpec } from '../features/reminders/rules'

export const C = {
  users: 'users',
  communities: 'communities',
  cadres: 'cadres',
  familyLinks: 'familyLinks',
  bindingCodes: 'bindingCodes',
  auditLog: 'auditLog',
  providers: 'providers',
  serviceTypes: 'serviceTypes',
  bookings: 'bookings',
  providerDays: 'providerDays',
  messages: 'messages',
  cardAccounts: 'cardAccounts',
  ledgerEntries: 'ledgerEntries',
  cardAdjustments: 'cardAdjustments',
  policies: 'policies',
  activities: 'activities',
  signups: 'signups',
  materials: 'materials',
  materialReads: 'materialReads',
  contributions: 'contributions',
  sosEvents: 'sosEvents',
  careProfiles: 'careProfiles',
  accessLog: 'accessLog',
  tasks: 'tasks',
  visits: 'visits',
  jobState: 'jobState',
  pairs: 'pairs',
  pairLogs: 'pairLogs',
  subscriptions: 'subscriptions',
  guesses: 'guesses',
} as const

export interface UserDoc {
  _id: string
  name: string
  roles: Role[]
  activeRole?: Role
  communityId?: string
  cadreId?: string
  elderMode?: boolean
  createdAt: Date
}

export interface CommunityDoc {
  _id: string
  name: string
  district: string
  dutyPhone: string
  address: string
}

export interface CadreDoc {
  _id: string
  communityId: string
  name: string
  /** The responsible doctor (责任医生, a provider's id), copied from the care profile: it admits the doctor to it. */
  doctorId?: string
  /** How many 一键通 calls the cadre has raised: the next call's id is `<cadre>:sos:<sosSeq + 1>`, so two presses at once write one. */
  sosSeq?: number
  gender: '男' | '女'
  birthDate: string
  celebrates: 'solar' | 'lunar'
  lunarBirth?: { month: number; day: number; leap: boolean }
  rank: '副县级以上' | '一般'
  category: '离休' | '退休'
  partyMember: boolean
  phone?: string
  address: string
  /** The grid (网格) the cadre lives in, so the nearest provider is sent. */
  grid?: string
  livesAlone: boolean
  openid?: string
  /** The calendar key of the birthday celebrated (`S:3-15`, `L:leap:6-18`), indexed: the daily job's lookup. */
  birthdayKey?: string
  /** Set when the bureau erased the person's data on request: the record stays as a number, without the person. */
  erasedAt?: Date
  /** The last year the service-card allowance was issued (the daily job looks for cadres still owed). */
  cardIssuedYear?: number
  registeredBy: string
  createdAt: Date
}

export interface FamilyLinkDoc {
  _id: string
  familyOpenid: string
  familyName: string
  /** The applicant's own mobile, so whoever approves can tell a son from a stranger who knows the name. */
  familyPhone?: string
  cadreId: string
  /** Copied from the cadre when the link is made, so lists of links need no second read. */
  cadreName: string
  communityId: string
  relation: string
  via: 'phone' | 'code'
  status: LinkStatus
  permissions: Permissions
  requestedAt: Date
  decidedBy?: string
  decidedAt?: Date
  endedBy?: string
  endedAt?: Date
}

export interface BindingCodeDoc {
  _id: string
  cadreId: string
  communityId: string
  purpose: 'family' | 'self'
  issuedBy: string
  expiresAt: Date
  /** The first four digits: a wrong code that starts like this one counts against it. */
  prefix: string
  /** Wrong codes presented with this code's prefix; at MAX_CODE_FAILURES the code is locked. */
  failures?: number
  usedBy?: string
  usedAt?: Date
}

/** Guesses of one kind by one person on one Shanghai day (`<kind>:<openid>:<day>`), reserved before each try. */
export interface GuessDoc {
  _id: string
  openid: string
  day: string
  count: number
}

export interface AuditDoc {
  actor: string
  action: string
  target: string
  detail?: Record<string, unknown>
  at: Date
}

/** One service of a community's catalog; `_id` is `<communityId>:<key>`. */
export interface ServiceTypeDoc extends ServiceRule {
  _id: string
  communityId: string
  active: boolean
}

/** A contracted worker or volunteer; `_id` is their OPENID. `services` holds service keys. */
export interface ProviderDoc {
  _id: string
  name: string
  communityId: string
  kind: '签约服务人员' | '志愿者'
  phone: string
  services: string[]
  grid?: string
  availability: Window[]
  daysOff: string[]
  bufferMin: number
  active: boolean
}

/**
 * A provider's visits on one Shanghai day (`_id` `<providerId>:<day>`). Every booking that takes or frees the
 * provider's time writes this document in its transaction, so two bookings that would overlap conflict in the
 * database and the later one is retried against what the first wrote.
 */
export interface ProviderDayDoc {
  _id: string
  providerId: string
  day: string
  busy: (Busy & { bookingId: string })[]
}

export interface BookingHistoryEntry {
  status: BookingStatus
  by: string
  byName: string
  at: Date
  note?: string
}

export interface BookingDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  grid?: string
  serviceKey: string
  serviceName: string
  priceFen: number
  durationMin: number
  cutoffHours: number
  urgent: boolean
  day?: string
  /** Minutes after Shanghai midnight. */
  start?: number
  startAt?: Date
  /** Told the day before / 2 hours before (minutely); cleared when the time moves. */
  remindedDay?: boolean
  remindedSoon?: boolean
  providerId?: string
  providerName?: string
  providerPhone?: string
  /** `<providerId>@<startAt ISO>` while the booking holds the provider's time; unique. */
  slotKey?: string
  /** `<cadreId>#<n>`, n below MAX_OPEN_BOOKINGS, while the booking is open; unique, so racing bookings cannot pass the cap. */
  openSlot?: string
  status: BookingStatus
  bookedBy: { openid: string; name: string; role: Role }
  note?: string
  rating?: { stars: number; words?: string }
  /** Fen held on the service card for this visit, captured on completion, released otherwise. */
  heldFen?: number
  /** Fen given back on the card for this visit after it was captured (never more than heldFen). */
  refundedFen?: number
  history: BookingHistoryEntry[]
  createdAt: Date
}

/** An in-app message (消息); written in the transaction of the change it tells about. */
export interface MessageDoc {
  _id: string
  to: string
  title: string
  body: string
  bookingId?: string
  at: Date
  read: boolean
  /** The WeChat subscribe message that goes with it: the message is its own outbox entry, written in the same write. */
  push?: PushEntry
}

export interface PushEntry {
  kind: PushKind
  state: PushState
  /** The template's fields, filled when the message was written. */
  data: Record<string, { value: string }>
  /** The mini-program page a tap on the WeChat message opens. */
  page: string
  tries: number
  claimedAt?: Date
  sentAt?: Date
  /** The consent it used. */
  consentId?: string
  error?: string
}

/** One 允许 tap on a WeChat subscribe request: one message of that kind may be sent to the person. */
export interface SubscriptionDoc {
  _id: string
  openid: string
  kind: PushKind
  templateId: string
  /** Where the person was asked: after booking, after signing up, after binding, or from 我的. */
  moment: string
  state: 'open' | 'used'
  grantedAt: Date
  /** The message it was used for. */
  usedFor?: string
  usedAt?: Date
}

/** A cadre's service card (`_id` is the cadre's id): a cache of the sums of its ledger entries. */
export interface CardAccountDoc {
  _id: string
  cadreId: string
  communityId: string
  balanceFen: number
  heldFen: number
  updatedAt: Date
}

/** One immutable change of a card; `_id` is its idempotency key (e.g. `hold:<booking>`). */
export interface LedgerEntryDoc {
  _id: string
  cadreId: string
  communityId: string
  kind: EntryKind
  amountFen: number
  /** What it was for, in words: "上门理发", "2026 年度服务金", "收据 A123". */
  what: string
  bookingId?: string
  receiptNo?: string
  reason?: string
  by: string
  byName: string
  at: Date
}

/** An adjustment a staff member asked for; above the policy threshold it waits for a second staff member. */
export interface CardAdjustmentDoc {
  _id: string
  cadreId: string
  cadreName: string
  communityId: string
  amountFen: number
  reason: string
  status: 'pending' | 'approved' | 'rejected'
  requestedBy: string
  requestedByName: string
  requestedAt: Date
  decidedBy?: string
  decidedByName?: string
  decidedAt?: Date
}

/** A community's rules for one topic (`_id` is `<community>:<topic>`); a community without one uses the defaults. */
/** The city-wide reminder policy (`_id` 'reminders'), set by the bureau. */
export interface ReminderPolicyDoc {
  _id: string
  topic: 'reminders'
  value: ReminderPolicy
  updatedBy: string
  updatedAt: Date
}

export interface CardPolicyDoc {
  _id: string
  communityId: string
  topic: 'card'
  value: CardPolicy
  updatedBy: string
  updatedAt: Date
}

/**
 * An activity a community publishes. `confirmed` counts the seats taken and only ever grows through a
 * conditional increment that fails at capacity, so no race can give more seats than there are.
 */
export interface ActivityDoc {
  _id: string
  communityId: string
  title: string
  category: ActivityCategory
  description: string
  room: string
  startAt: Date
  /** Told the day before / 2 hours before (minutely); cleared when the time moves. */
  remindedDay?: boolean
  remindedSoon?: boolean
  endAt: Date
  deadlineAt: Date
  capacity: number
  accessibility?: string
  cover?: string
  status: 'open' | 'cancelled'
  confirmed: number
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** One cadre's place at one activity; `_id` is `<activity>:<cadre>`, so there is never a second. */
export interface SignupDoc {
  _id: string
  activityId: string
  communityId: string
  cadreId: string
  cadreName: string
  status: SignupStatus
  /** When the place was asked for: the waitlist's order. */
  at: Date
  by: string
  byName: string
  attended?: boolean
  promotedAt?: Date
  cancelledAt?: Date
}

export interface MaterialDoc {
  _id: string
  communityId: string
  title: string
  category: MaterialCategory
  /** Paragraphs in order; a paragraph is text or a picture (an address the mini-program can show). */
  body: { text?: string; image?: string }[]
  publishedAt: Date
  by: string
  byName: string
}

/** A cadre has read a material (`_id` is `<material>:<cadre>`). */
export interface MaterialReadDoc {
  _id: string
  materialId: string
  cadreId: string
  cadreName: string
  communityId: string
  at: Date
}

/** A skill offered or a work posted by a cadre (就近发挥作用); public on the 宣传栏 only once staff approve. */
export interface ContributionDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  kind: 'skill' | 'work'
  /** A skill (义务巡逻…) or a kind of work (书法…). */
  type: string
  title: string
  detail: string
  image?: string
  status: 'pending' | 'approved' | 'rejected'
  submittedBy: string
  submittedAt: Date
  decidedBy?: string
  decidedByName?: string
  decidedAt?: Date
  note?: string
}

/**
 * A call for help (一键通). Written before anyone is told; `tier` is who must be told now and `notifiedTier` who
 * has been, so a failed notice shows as `notifiedTier < tier` and the minutely sweep retries it.
 */
export interface SosEventDoc {
  _id: string
  cadreId: string
  cadreName: string
  communityId: string
  address: string
  raisedBy: string
  raisedByName: string
  at: Date
  status: 'open' | 'acknowledged' | 'closed'
  tiers: Tier[]
  tier: number
  notifiedTier: number
  tierSince: Date
  /** Every step in order, in words, for responders and for the record. */
  steps: { at: Date; words: string }[]
  acknowledgedBy?: string
  acknowledgedByName?: string
  acknowledgedAsStaff?: boolean
  acknowledgedAt?: Date
  outcome?: string
  closedAt?: Date
}

export interface CareContact {
  kind: ContactKind
  name: string
  phone: string
}

/** 四个必须知道 of one cadre (`_id` is the cadre's id). `health` exists only while consent is on record. */
export interface CareProfileDoc {
  _id: string
  communityId: string
  household: string
  hobbies: string
  habits: string
  /** In the order they are called. */
  contacts: CareContact[]
  /** 四位一体包保: who answers for the cadre at the original unit, the bureau, in the family and the community. */
  guarantors: { originalUnit: string; bureau: string; family: string; community: string }
  /** The provider who is the responsible doctor (责任医生); they may read the health fields. */
  doctor?: { id: string; name: string }
  consent?: { at: Date; method: string; recordedBy: string; recordedByName: string }
  health?: HealthFacts
  updatedAt: Date
  updatedBy: string
}

/** One read of sensitive fields by staff or a doctor: appended, never changed. */
export interface AccessLogDoc {
  _id: string
  actor: string
  actorName: string
  actorRole: string
  cadreId: string
  cadreName: string
  communityId: string
  fields: string[]
  via: string
  at: Date
}

/** A visit staff owe a cadre (`_id` is the occasion's key, e.g. `birthday:<cadre>:<year>`, so it exists once). */
export interface TaskDoc {
  _id: string
  kind: TaskKind
  communityId: string
  cadreId: string
  cadreName: string
  address: string
  phone?: string
  /** "郑国华 80 岁生日（11月26日）", "住院：昨晚摔倒住进区医院" */
  title: string
  /** What to bring or mind, e.g. 寿桃 for a diabetic. */
  note: string
  /** Health fields the note was worded from: showing the task to staff is a read of them, logged. */
  healthFields?: string[]
  dueDay: string
  status: 'open' | 'done'
  createdAt: Date
  reportedBy?: string
  /** Who told the community (住院, 大事) and how to reach them: often the daughter, not the patient in hospital. */
  reporter?: { name: string; phone?: string }
  doneAt?: Date
  visitId?: string
}

/** A 走访记录: who went to see the cadre, when, with what, and what they found. */
export interface VisitDoc {
  _id: string
  communityId: string
  cadreId: string
  cadreName: string
  taskId?: string
  day: string
  visitors: string
  gifts: string
  notes: string
  recordedBy: string
  recordedByName: string
  at: Date
}

/** How far a resumable job has got (`_id` names the job), so the next run starts after it. */
export interface JobStateDoc {
  _id: string
  /** The last day finished. */
  doneThrough?: string
  /** Within a long day's work, the last cadre done. */
  after?: string
  /** A roster-wide sweep: what it is, and whether it is still to finish. */
  sweep?: SweepSpec
  pending?: boolean
  /** Card reconciliation: the runs the current pass over every account has taken, and the last full pass's. */
  runs?: number
  lastPassRuns?: number
  at: Date
}

/** 结对帮扶: a volunteer (a provider) paired with a cadre (`_id` `<volunteer>:<cadre>`, so one pair each). */
export interface PairDoc {
  _id: string
  communityId: string
  volunteerId: string
  volunteerName: string
  volunteerPhone: string
  cadreId: string
  cadreName: string
  address: string
  cadrePhone?: string
  startedOn: string
  active: boolean
  lastContactDay?: string
  /** Visits of the last 30 days (older ones are dropped when a visit is logged). */
  visitDays: string[]
}

/** One call or visit a volunteer logged for their pair. */
export interface PairLogDoc {
  _id: string
  pairId: string
  kind: '联系' | '走访'
  day: string
  note: string
  by: string
  at: Date
}
