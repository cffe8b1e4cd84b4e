// Turns stored documents into what the pages show, masking what the viewer should not see in full.
import type { CadreDoc, CommunityDoc, FamilyLinkDoc, UserDoc } from './docs'
import { ageOn } from '../../core/time.rules'
import { maskPhone } from '../../core/mask.rules'
import { momentWords } from '../../core/words.rules'
import type { Role } from '../../core/contract'
import type { CadreRecord } from '../roster/views'
import { statusWord, type EditableField } from '../roster/rules'

export function cadreSummary(c: CadreDoc, now: Date): CadreSummary {
  return {
    id: c._id,
    name: c.name,
    age: ageOn(c.birthDate, now),
    gender: c.gender,
    rank: c.rank,
    category: c.category,
    phoneMasked: maskPhone(c.phone),
    address: c.address,
    livesAlone: c.livesAlone,
    hasWeChat: !!c.openid,
    ...(c.status ? { status: statusWord(c.status) } : {}),
  }
}

export function communityView(c: CommunityDoc): CommunityView {
  const a = c.assessment
  return {
    id: c._id,
    name: c.name,
    dutyPhone: c.dutyPhone,
    ...(a?.passed ? { honour: `${a.year} 年度“四就近服务社区”` } : {}),
    ...(a && !a.passed && a.openFixes ? { openFixes: a.openFixes } : {}),
  }
}

export function linkView(l: FamilyLinkDoc): LinkView {
  return {
    id: l._id,
    cadreId: l.cadreId,
    cadreName: l.cadreName,
    familyName: l.familyName,
    familyPhone: maskPhone(l.familyPhone),
    familyPhoneVerified: l.familyPhoneVerified === true,
    relation: l.relation,
    status: l.status,
    permissions: l.permissions,
    requestedAt: new Date(l.requestedAt).toISOString(),
    requestedWords: momentWords(new Date(l.requestedAt)),
    via: l.via,
  }
}

export function meView(openid: string, user: UserDoc | null, community: CommunityDoc | null, cadre: CadreDoc | null, now: Date): MeView {
  const roles = user?.roles ?? []
  return {
    openid,
    name: user?.name ?? '',
    roles,
    activeRole: user?.activeRole && roles.includes(user.activeRole) ? user.activeRole : (roles[0] ?? null),
    elderMode: user?.elderMode ?? (roles.length === 0 || roles.includes('cadre')),
    community: community ? communityView(community) : null,
    cadre: cadre ? cadreSummary(cadre, now) : null,
  }
}

export interface Permissions {
  book: boolean
  health: boolean
  sos: boolean
}

export interface CommunityView {
  id: string
  /** Named by the bureau's assessment: "2026 年度“四就近服务社区”". */
  honour?: string
  /** 整改 items of the last assessment not yet done (staff see them on their home). */
  openFixes?: number
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
  /** Off 在册: 长期住院, 异地居住 or 去世. */
  status?: '长期住院' | '异地居住' | '去世' | '在册'
}

export type LinkStatus = 'pending' | 'active' | 'rejected' | 'ended'

export interface LinkView {
  id: string
  cadreId: string
  cadreName: string
  familyName: string
  /** The applicant's mobile, masked but for the last four digits: 138****5678. */
  familyPhone: string
  familyPhoneVerified: boolean
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
  /** For each of them, what the family member would ask first: the next visits, the card, what waits for her. */
  cared: CaredFor[]
  /** Binding requests waiting for this user's decision (cadre or staff). */
  pendingApprovals: LinkView[]
  /** The caller's own requests that are not decided yet. */
  myPendingRequests: (LinkView & { community: CommunityView })[]
  /** For staff, what waits in their community: the counts on the home tiles. */
  staff: {
    cadreCount: number
    /** 分片包干: the cadres in the grids this staff member looks after (null: no grid is theirs). */
    mine: number | null
    grids: string[]
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

export interface CaredFor {
  cadreId: string
  /** The next two visits to come, soonest first ("明天 上午 9:30 上门理发"). */
  next: { bookingId: string; words: string }[]
  /** What the service card can still pay, in yuan ("485.00 元"), or null without a card. */
  available: string | null
  /** Finished visits waiting for a rating. */
  toRate: number
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
  /** The whole record with its revision, for a viewer who may correct some of it (staff, family who book, the cadre). */
  record?: CadreRecord
  /** The fields of the record this viewer may correct. */
  editable?: readonly EditableField[]
}

/** The actions a cadre's page offers, each shown only to those it admits. */
export type CadreAction =
  'service.catalog' | 'booking.list' | 'card.entries' | 'card.record' | 'visit.report' | 'care.get' | 'contactCard.get' | 'voice.submit'

export interface IssuedCode {
  code: string
  purpose: 'family' | 'self'
  expiresAt: string
}
