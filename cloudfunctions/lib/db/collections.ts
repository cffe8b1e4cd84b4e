// Collection names and the documents they hold. Dates are stored as Date; money as integer fen.
import type { LinkStatus, Permissions, Role } from '../contracts'

export const C = {
  users: 'users',
  communities: 'communities',
  cadres: 'cadres',
  familyLinks: 'familyLinks',
  bindingCodes: 'bindingCodes',
  auditLog: 'auditLog',
  providers: 'providers',
} as const

export interface UserDoc {
  _id: string
  name: string
  roles: Role[]
  activeRole?: Role
  communityId?: string
  cadreId?: string
  elderMode?: boolean
  bindFailures?: { day: string; count: number }
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
  gender: '男' | '女'
  birthDate: string
  celebrates: 'solar' | 'lunar'
  lunarBirth?: { month: number; day: number; leap: boolean }
  rank: '副县级以上' | '一般'
  category: '离休' | '退休'
  partyMember: boolean
  phone?: string
  address: string
  livesAlone: boolean
  openid?: string
  registeredBy: string
  createdAt: Date
}

export interface FamilyLinkDoc {
  _id: string
  familyOpenid: string
  familyName: string
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
  usedBy?: string
  usedAt?: Date
}

export interface AuditDoc {
  actor: string
  action: string
  target: string
  detail?: Record<string, unknown>
  at: Date
}
