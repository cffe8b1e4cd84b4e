// Building blocks shared by the action schemas. Every object is strict: unknown fields are bad input.
import * as z from 'zod/mini'

export const id = z.string().check(z.regex(/^[A-Za-z0-9_:-]{1,64}$/, '编号格式不对'))
export const personName = z
  .string()
  .check(
    z.trim(),
    z.minLength(2, '姓名至少两个字'),
    z.maxLength(20, '姓名最多二十个字'),
    z.regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, '姓名只能包含汉字或字母'),
  )
export const phone = z.string().check(z.regex(/^1\d{10}$/, '手机号应为 11 位数字'))
/** A one-time code WeChat's client hands the mini-program (e.g. from the phone-number button). */
export const wechatCode = z.string().check(z.regex(/^[\w-]{8,128}$/, '微信给的验证码不对，请再点一次'))
export const phoneLast4 = z.string().check(z.regex(/^\d{4}$/, '请填写手机号后四位数字'))
/** Made once per filled-in form by the client, so pressing twice (or retrying a lost answer) records it once. */
export const requestId = z.string().check(z.regex(/^[A-Za-z0-9-]{8,40}$/, '请求编号不对'))

export const bindingCode = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s) => s.replace(/\s+/g, '')),
  ),
  z.string().check(z.regex(/^\d{8}$/, '绑定码是 8 位数字')),
)
export const relation = z.enum(['子女', '配偶', '孙辈', '其他亲属'])
export const permissions = z.strictObject({
  book: z.boolean(),
  health: z.boolean(),
  sos: z.boolean(),
})
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31'))
export const serviceKey = z.string().check(z.regex(/^[a-z]{2,20}$/, '服务项目不对'))
export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 09:30'))
/** Where a page of a list starts: the `next` of the page before. */
export const offset = z.optional(z.int().check(z.gte(0), z.lte(1_000_000)))
export const shortNote = (what: string) => z.string().check(z.trim(), z.maxLength(200, `${what}最多两百个字`))

export const empty = z.strictObject({})
export const aboutCadre = { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' } as const
export const title = z.string().check(z.trim(), z.minLength(2, '标题至少两个字'), z.maxLength(40, '标题最多四十个字'))
export const pictureUrl = z.string().check(z.regex(/^(https?:\/\/|cloud:\/\/|\/)[^\s]{1,300}$/, '图片地址不对'))
