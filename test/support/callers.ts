// The kinds of caller every action is tried as, all about one cadre (王建国, cadre-01, 桃园社区),
// and what an action's declared access says each of them may do.
import type { Access } from '../../cloudfunctions/lib/contracts'
import type { Database } from '../../cloudfunctions/lib/db/types'

export const TARGET_CADRE = 'cadre-01'

export const CALLERS = {
  cadreSelf: 'demo-cadre-wangjianguo',
  cadreOther: 'demo-cadre-liuzhiming',
  familyPermitted: 'demo-family-wangli',
  familyLacking: 'demo-family-wangxiaojun',
  familyUnlinked: 'demo-family-chenhao',
  staffSame: 'demo-staff-chenjing',
  staffOther: 'demo-staff-linli',
  /** Staff of 杏花 who is also bound (granting everything) as family to the target cadre: family here, not staff. */
  staffElsewhereFamilyHere: 'test-staff-xinghua-family',
  /** 王强, whose link to the target cadre is still waiting for approval. */
  familyPending: 'demo-family-wangqiang',
  /** Family whose link (granting everything) has been ended. */
  familyEnded: 'test-family-ended',
  provider: 'demo-provider-zhoulan',
  /** A provider of the same community to whom the booking is not assigned. */
  providerOther: 'demo-provider-hefang',
  admin: 'demo-admin-bureau',
  stranger: '',
} as const

export type CallerKind = keyof typeof CALLERS

/** The other seeded people the journeys name (localcloud/seed/people.ts), so no test spells an openid itself. */
export const DEMO = {
  /** 李秀英, a cadre of 桃园社区 with no family bound. */
  cadreLi: 'demo-cadre-lixiuying',
  /** 刘洋, family who has not bound anyone yet. */
  newcomer: 'demo-family-liuyang',
  /** 张小梅, family of 张桂兰 (cadre-03). */
  familyZhang: 'demo-family-zhangxiaomei',
  /** 黄伟, the other staff member of 桃园社区. */
  secondStaff: 'demo-staff-huangwei',
  barber: 'demo-provider-sunli',
  repairer: 'demo-provider-qianming',
  doctor: 'demo-provider-doctor-wu',
  volunteer: 'demo-provider-xiaoyang',
  /** 老张, a provider of 杏花社区. */
  providerElsewhere: 'demo-provider-laozhang',
} as const

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
    case 'staffElsewhereFamilyHere':
      return access.staff === 'any' || (access.family !== undefined && access.family !== 'own')
    case 'familyPending':
    case 'familyEnded':
      return false
    case 'staffSame':
      return access.staff !== undefined
    case 'staffOther':
      return access.staff === 'any'
    case 'provider':
      return access.provider !== undefined
    case 'providerOther':
      return access.provider === 'any'
    case 'admin':
      return access.admin !== undefined
    case 'stranger':
      return false
  }
}

/** The records of the caller kinds the demo seed does not have, written as the router would find them. */
export async function addCallerKinds(db: Database): Promise<void> {
  const link = (familyOpenid: string, familyName: string, status: string) => ({
    _id: `link-${familyOpenid}`,
    familyOpenid,
    familyName,
    cadreId: TARGET_CADRE,
    cadreName: '王建国',
    communityId: 'c-taoyuan',
    relation: '其他亲属',
    via: 'code',
    status,
    permissions: { book: true, health: true, sos: true },
    requestedAt: new Date(),
  })
  const users = [
    { _id: CALLERS.staffElsewhereFamilyHere, name: '林芳', roles: ['staff', 'family'], communityId: 'c-xinghua' },
    { _id: CALLERS.familyEnded, name: '赵亮', roles: ['family'] },
  ]
  for (const { _id, ...data } of users) await db.collection('users').doc(_id).set({ data })
  for (const { _id, ...data } of [link(CALLERS.staffElsewhereFamilyHere, '林芳', 'active'), link(CALLERS.familyEnded, '赵亮', 'ended')])
    await db.collection('familyLinks').doc(_id).set({ data })
}
