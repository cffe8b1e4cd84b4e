// What actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { Role } from './define'

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
  relation: string
  status: LinkStatus
  permissions: Permissions
  requestedAt: string
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
  myPendingRequests: LinkView[]
  staff: { cadreCount: number; pendingBindings: number } | null
}

export interface CadreDetail extends CadreSummary {
  family: LinkView[]
  community: CommunityView
  /** The viewer is staff of this cadre's community (may issue codes, decide requests). */
  canManage: boolean
}

export interface IssuedCode {
  code: string
  purpose: 'family' | 'self'
  expiresAt: string
}
