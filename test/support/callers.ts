// The kinds of caller every action is tried as, all about one cadre (王建国, cadre-01, 桃园社区),
// and what an action's declared access says each of them may do.
import type { Access } from '../../cloudfunctions/lib/contracts'

export const TARGET_CADRE = 'cadre-01'

export const CALLERS = {
  cadreSelf: 'demo-cadre-wangjianguo',
  cadreOther: 'demo-cadre-liuzhiming',
  familyPermitted: 'demo-family-wangli',
  familyLacking: 'demo-family-wangxiaojun',
  familyUnlinked: 'demo-family-chenhao',
  staffSame: 'demo-staff-chenjing',
  staffOther: 'demo-staff-linli',
  provider: 'demo-provider-zhoulan',
  admin: 'demo-admin-bureau',
  stranger: '',
} as const

export type CallerKind = keyof typeof CALLERS

let strangers = 0
/** A WeChat user the system has never seen. */
export const freshOpenid = (prefix = 'stranger') => `${prefix}-${process.pid}-${++strangers}`

export function mayCall(access: Access, kind: CallerKind): boolean {
  if (access.anyone) return true
  switch (kind) {
    case 'cadreSelf':
      return access.cadre !== undefined
    case 'cadreOther':
      return access.cadre === 'any'
    case 'familyPermitted':
      return access.family !== undefined
    case 'familyLacking':
      // 王小军's link to the cadre is active but grants nothing, and it is not the link under test.
      return access.family === 'link'
    case 'familyUnlinked':
      return false
    case 'staffSame':
      return access.staff !== undefined
    case 'staffOther':
      return access.staff === 'any'
    case 'provider':
      return access.provider !== undefined
    case 'admin':
      return access.admin !== undefined
    case 'stranger':
      return false
  }
}
