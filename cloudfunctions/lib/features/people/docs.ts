// The documents this feature stores. Dates are stored as Date; money as integer fen.
import type { LinkStatus, Permissions, Role } from '../../contracts'

export interface UserDoc {
  _id: string
  name: string
  roles: Role[]
  activeRole?: Role
  communityId?: string
  cadreId?: string
  elderMode?: boolean
  /** For staff: the grids (by name) they look after (分片包干), kept by grid.save. */
  grids?: string[]
  /** The number WeChat verified for this user (the phone-number button), and when. */
  verifiedPhone?: { phone: string; at: Date }
  /**
   * For family: the cadres whose link to this person became active, kept so that the home reads them beside the
   * links (one wait less). Only a hint: the links decide, and a link that ended leaves an entry that is ignored.
   */
  caresFor?: string[]
  createdAt: Date
}

export interface CommunityDoc {
  _id: string
  name: string
  district: string
  dutyPhone: string
  address: string
  /** 物业 and the 社区卫生服务站, for the 联系卡. */
  propertyPhone?: string
  clinicPhone?: string
  /** The latest reviewed assessment: named (达标) that year, or the 整改 items still open; shown on its pages. */
  assessment?: { year: number; schemeName: string; passed: boolean; openFixes: number }
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
  /** 异地安置: came from elsewhere and is looked after here. */
  resettled?: boolean
  /** 原单位, its contact person and number: told when something happens (a death, a long stay in hospital). */
  workUnit?: { name: string; contact?: string; phone?: string }
  /** Off 在册 (absent): 长期住院 or 异地居住 (no home services; staff still visit), or 去世. */
  status?: 'hospital' | 'away' | 'deceased'
  /** The day of death (去世), as staff were told it. */
  diedOn?: string
  /** 迁出 asked for and not yet accepted by the community it moves to. */
  transfer?: { to: string; toName: string; from: string; fromName: string; at: Date; byName: string }
  /** The last status change, so it can be undone with a reason within 30 days. */
  statusChangedAt?: Date
  /** 身份证号: the key a roster file is matched by (one cadre per number, everywhere). Shown masked. */
  idNumber?: string
  /** 党支部 (by name until branches are kept). */
  branch?: string
  /** Corrections, newest last (at most HISTORY_KEPT): who, when, and each field old → new. */
  history?: CadreHistoryEntry[]
  /** Grows with every correction: a correction based on an older read is refused, not lost. */
  rev?: number
  updatedAt?: Date
  /** Name, address or phone changed: the minutely job brings the copies on open bookings, tasks, pairs and links up to date. */
  copiesStale?: boolean
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
  /** The applicant's phone is the one WeChat verified for this WeChat user (the phone-number button). */
  familyPhoneVerified?: true
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

/** What every code (binding or invite) keeps: its life, its guessing count and its use. */
interface CodeDoc {
  _id: string
  issuedBy: string
  expiresAt: Date
  /** The first four digits: a wrong code that starts like this one counts against it. */
  prefix: string
  /** Wrong codes presented with this code's prefix; at MAX_CODE_FAILURES the code is locked. */
  failures?: number
  usedBy?: string
  usedAt?: Date
}

export interface BindingCodeDoc extends CodeDoc {
  cadreId: string
  communityId: string
  purpose: 'family' | 'self'
}

/**
 * The first staff member of a new community, or a member of the bureau, is invited by a code the deploy's
 * bootstrap step writes (stored beside the binding codes, so a wrong guess counts against both alike).
 */
export interface InviteCodeDoc extends CodeDoc {
  purpose: 'staff' | 'admin'
  /** For staff: the community they will serve. */
  communityId?: string
  /** The invited person's name, as they will appear to colleagues and cadres. */
  name: string
}

/** Guesses of one kind by one person on one Shanghai day (`<kind>:<openid>:<day>`), reserved before each try. */
export interface GuessDoc {
  _id: string
  openid: string
  day: string
  count: number
}

export interface CadreHistoryEntry {
  at: Date
  by: string
  byName: string
  /** 'update', or a status change. */
  what: string
  changes: { field: string; label: string; from: string; to: string }[]
  reason?: string
}

/** A grid (网格) of a community and who looks after it: a staff member, and volunteers by name. */
export interface GridDoc {
  _id: string
  communityId: string
  name: string
  streets: string[]
  staffId: string
  staffName: string
  volunteers: string[]
  updatedAt: Date
}
