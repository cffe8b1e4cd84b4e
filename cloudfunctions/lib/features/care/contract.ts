// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { AccessLogEntryView, CareProfileView, ContactCardView } from './views'
import type { Paged } from '../../core/views'
import { CONSENT_METHODS, CONTACT_KINDS, HOUSEHOLDS, SELF_CARE_LEVELS } from '../../core/categories'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, id, offset, personName, shortNote } from '../../core/shapes'
import { isIdNumber } from '../care/rules'

/** A mobile or a landline with its area code (原单位 often gives an office line). */
const contactPhone = z.string().check(z.regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为 11 位手机号或带区号的座机'))
const keeper = z.string().check(z.trim(), z.maxLength(40, '最多四十个字'))

export const careContracts = {
  'contactCard.get': contract<ContactCardView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary: '联系卡：社区值班电话、网格员、家属、物业、卫生服务站、责任医生、结对志愿者、原单位、110、120，一个个大按钮',
    input: z.strictObject({ cadreId: id }),
  }),
  'care.get': contract<CareProfileView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', provider: 'assigned', admin: 'any' },
    summary: '四个必须知道：住址电话、家庭与健康、爱好特长、生活习惯，紧急联系人和包保责任人（按身份遮挡，社区查看健康信息留痕）',
    /** `withHealth: false` for forms that do not show health, so that nothing sensitive is read or logged. */
    input: z.strictObject({ cadreId: id, withHealth: z.optional(z.boolean()) }),
  }),
  'care.save': contract<CareProfileView>()({
    access: aboutCadre,
    summary: '填写家庭情况、爱好、习惯和紧急联系人（包保责任人和责任医生由社区填写）',
    input: z.strictObject({
      cadreId: id,
      household: z.enum(HOUSEHOLDS),
      hobbies: shortNote('爱好特长'),
      habits: shortNote('生活习惯'),
      contacts: z
        .array(z.strictObject({ kind: z.enum(CONTACT_KINDS), name: personName, phone: contactPhone }))
        .check(z.maxLength(8, '紧急联系人最多八位')),
      guarantors: z.optional(z.strictObject({ originalUnit: keeper, bureau: keeper, family: keeper, community: keeper })),
      doctorId: z.optional(z.nullable(id)),
    }),
  }),
  'care.saveHealth': contract<CareProfileView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区登记健康信息（自理能力、慢性病、饮食禁忌、身份证号），须先有老人本人的单独同意',
    input: z.strictObject({
      cadreId: id,
      selfCare: z.enum(SELF_CARE_LEVELS),
      conditions: z
        .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20, '每种病最多二十个字')))
        .check(z.maxLength(10, '慢性病最多填十种')),
      diet: shortNote('饮食禁忌'),
      diabetic: z.boolean(),
      idNumber: z.optional(z.string().check(z.trim(), z.toUpperCase(), z.refine(isIdNumber, '身份证号不对，请核对 18 位号码'))),
    }),
  }),
  'care.consent': contract<CareProfileView>()({
    access: { about: 'cadre', cadre: 'self', staff: 'community' },
    summary: '记录老人同意（或撤回同意）登记健康信息；撤回后健康信息立即删除',
    input: z.strictObject({ cadreId: id, given: z.boolean(), method: z.enum(CONSENT_METHODS) }),
  }),
  'care.accessLog': contract<{ entries: AccessLogEntryView[] } & Paged>()({
    access: { admin: 'any' },
    summary: '敏感信息查看记录：谁、在什么时候、看了哪位老人的哪些信息',
    input: z.strictObject({ cadreId: z.optional(id), offset }),
  }),
  'care.export': contract<{ fileName: string; content: string }>()({
    access: { about: 'cadre', admin: 'any' },
    summary: '应本人请求导出一位老人的全部个人信息（JSON 文件）',
    input: z.strictObject({ cadreId: id }),
  }),
  'care.erase': contract<{ cadreId: string; erased: boolean }>()({
    access: { about: 'cadre', admin: 'any' },
    summary: '应本人请求删除一位老人的个人信息（账目只留编号）',
    input: z.strictObject({ cadreId: id, reason: shortNote('原因').check(z.minLength(4, '请写明删除原因，如“本人书面申请”')) }),
  }),
} satisfies Record<string, Contract>
