// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { CadreDetail, CadreSummary, HomeView, IssuedCode, LinkView, MeView } from './views'
import type { Paged } from '../../core/views'
import { AGE_BANDS } from '../roster/filters.rules'
import { contract, type Contract } from '../../core/contract'
import {
  bindingCode,
  empty,
  id,
  isoDate,
  offset,
  permissions,
  personName,
  phone,
  phoneLast4,
  relation,
  wechatCode,
} from '../../core/shapes'

/** The shapes of a cadre's fields, shared by registering and correcting one. */
export const cadreShapes = {
  gender: z.enum(['男', '女']),
  celebrates: z.enum(['solar', 'lunar']),
  rank: z.enum(['副县级以上', '一般']),
  category: z.enum(['离休', '退休']),
  address: z.string().check(z.trim(), z.minLength(4, '请填写详细住址'), z.maxLength(80, '住址最多八十个字')),
  lunarBirth: z.strictObject({
    month: z.int().check(z.gte(1, '农历月份是 1 到 12'), z.lte(12, '农历月份是 1 到 12')),
    day: z.int().check(z.gte(1, '农历日子是初一到三十'), z.lte(30, '农历日子是初一到三十')),
    leap: z.boolean(),
  }),
  grid: z.string().check(z.trim(), z.minLength(1, '请写网格名'), z.maxLength(20, '网格名最多二十个字')),
  /** 原单位, its contact person and a number (an office line may have an area code). */
  workUnit: z.strictObject({
    name: z.string().check(z.trim(), z.minLength(2, '请写原单位名称'), z.maxLength(40, '原单位名称最多四十个字')),
    contact: z.optional(personName),
    phone: z.optional(z.string().check(z.regex(/^[\d-]{7,20}$/, '电话只能是数字和短横线'))),
  }),
  branch: z.string().check(z.trim(), z.minLength(2, '请写党支部名称'), z.maxLength(40, '党支部名称最多四十个字')),
}

/** The filters of a roster view (the list and the export). */
export const rosterFilters = {
  /** 在册 (the default shows everyone alive: 在册, 长期住院, 异地居住), or one status, 去世 included. */
  status: z.optional(z.enum(['在册', '长期住院', '异地居住', '去世'])),
  grid: z.optional(cadreShapes.grid),
  ageBand: z.optional(z.enum(AGE_BANDS)),
  livesAlone: z.optional(z.boolean()),
  partyMember: z.optional(z.boolean()),
  hasPhone: z.optional(z.boolean()),
  workUnit: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
  rank: z.optional(cadreShapes.rank),
  category: z.optional(cadreShapes.category),
}

export const peopleContracts = {
  'home.get': contract<HomeView>()({
    access: { anyone: true },
    summary: '首页：按身份给出的全部首页数据（一次调用）',
    input: empty,
  }),
  'me.get': contract<{ me: MeView; links: LinkView[]; pendingApprovals: LinkView[] }>()({
    access: { anyone: true },
    summary: '我的：个人信息、绑定关系与待审批申请',
    input: empty,
  }),
  'me.update': contract<MeView>()({
    access: { anyone: true },
    summary: '设置长辈模式或切换当前身份',
    input: z
      .strictObject({
        elderMode: z.optional(z.boolean()),
        activeRole: z.optional(z.enum(['cadre', 'family', 'staff', 'provider', 'admin'])),
      })
      .check(z.refine((v) => v.elderMode !== undefined || v.activeRole !== undefined, '请至少修改一项设置')),
  }),
  'me.claimCadre': contract<MeView>()({
    access: { anyone: true },
    summary: '老干部本人用社区发的绑定码认领自己的档案',
    input: z.strictObject({ code: bindingCode }),
  }),
  'me.acceptInvite': contract<MeView>()({
    access: { anyone: true },
    summary: '社区工作人员或老干部局的人用部署时发的邀请码开通自己的身份',
    input: z.strictObject({ code: bindingCode }),
  }),
  'me.phoneFromWeChat': contract<{ phone: string }>()({
    access: { anyone: true },
    summary: '用微信里绑定的手机号（手机号快速验证按钮给的一次性 code）：返回号码，并记下它已由微信验证',
    input: z.strictObject({ code: wechatCode }),
  }),
  'binding.request': contract<LinkView>()({
    access: { anyone: true },
    summary: '家属申请绑定老人：姓名加手机后四位（需审批，审批的人看得到申请人的手机尾号），或社区绑定码（直接生效）',
    input: z.union([
      z.strictObject({ requesterName: personName, requesterPhone: phone, relation, cadreName: personName, phoneLast4 }),
      z.strictObject({ requesterName: personName, requesterPhone: z.optional(phone), relation, code: bindingCode }),
    ]),
  }),
  'binding.decide': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', staff: 'community' },
    summary: '老人本人或社区审批绑定申请',
    input: z.strictObject({ linkId: id, approve: z.boolean(), permissions: z.optional(permissions) }),
  }),
  'binding.setPermissions': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', staff: 'community' },
    summary: '修改家属的权限（代预约、看健康信息、接收求助提醒）',
    input: z.strictObject({ linkId: id, permissions }),
  }),
  'binding.end': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', family: 'own', staff: 'community' },
    summary: '解除绑定（任一方都可以）',
    input: z.strictObject({ linkId: id }),
  }),
  'cadre.register': contract<CadreSummary>()({
    access: { staff: 'any' },
    summary: '社区登记老干部（包括没有手机的老人）',
    input: z
      .strictObject({
        name: personName,
        gender: cadreShapes.gender,
        birthDate: isoDate,
        celebrates: cadreShapes.celebrates,
        rank: cadreShapes.rank,
        category: cadreShapes.category,
        phone: z.optional(phone),
        address: cadreShapes.address,
        livesAlone: z.boolean(),
        partyMember: z.boolean(),
        /** The lunar birthday as the elder tells it, for those who celebrate it (read off the solar date if not given). */
        lunarBirth: z.optional(cadreShapes.lunarBirth),
        grid: z.optional(cadreShapes.grid),
        resettled: z.optional(z.boolean()),
        workUnit: z.optional(cadreShapes.workUnit),
        branch: z.optional(cadreShapes.branch),
      })
      .check(z.refine((v) => !v.lunarBirth || v.celebrates === 'lunar', { message: '过公历生日的不用填农历生日', path: ['lunarBirth'] })),
  }),
  'cadre.list': contract<{ cadres: CadreSummary[]; mayRegister: boolean } & Paged>()({
    access: { staff: 'any', admin: 'any' },
    summary:
      '老干部名册（按姓名拼音排）：社区看本社区的，老干部局可以选一个社区或看全市；可按网格、年龄段、独居、党员、有没有手机、原单位等筛选',
    input: z.strictObject({
      keyword: z.optional(z.string().check(z.trim(), z.maxLength(20))),
      ...rosterFilters,
      /** The bureau's choice of community (staff always see their own). */
      communityId: z.optional(id),
      offset,
    }),
  }),
  'cadre.get': contract<CadreDetail>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary: '一位老干部的信息与家属',
    input: z.strictObject({ cadreId: id }),
  }),
  'bindingCode.issue': contract<IssuedCode>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区给老人或家属发 6 位绑定码（7 天有效）',
    input: z.strictObject({ cadreId: id, purpose: z.enum(['family', 'self']) }),
  }),
} satisfies Record<string, Contract>
