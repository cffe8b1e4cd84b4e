// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { SurveyResults, SurveySummary, SurveyView } from './views'
import type { DownloadView } from '../files/views'
import { contract, type Contract } from '../../core/contract'
import { id, isoDate, shortNote, title } from '../../core/shapes'
import { AUDIENCES, QUESTION_KINDS } from './rules'

const words = (what: string, most: number) =>
  z.string().check(z.trim(), z.minLength(1, `${what}不能空着`), z.maxLength(most, `${what}最多 ${most} 个字`))

const question = z
  .strictObject({
    kind: z.enum(QUESTION_KINDS),
    text: words('题目', 100),
    options: z.optional(z.array(words('选项', 20)).check(z.maxLength(8, '一题最多 8 个选项'))),
    required: z.boolean(),
  })
  .check(
    z.refine((q) => (q.kind === 'single' || q.kind === 'multiple') === (q.options?.length ?? 0) >= 2, {
      message: '单选、多选题至少要两个选项；打分和写字的题不写选项',
      path: ['options'],
    }),
  )

/** A cadre (their surveys), staff (their community's and the bureau's to it), the bureau (its own). */
const seeSurveys = { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' } as const

export const surveysContracts = {
  'survey.save': contract<SurveyView>()({
    access: { staff: 'any', admin: 'any' },
    summary:
      '发布或修改问卷：题目（单选、多选、1–5 打分、写几句话）、问哪些老人（全体、离休、退休、独居，社区还可以只问一个网格）、开始和截止日期、是否匿名；局里发给全市或选的社区，社区发给本社区。有人答了以后题目不能再改',
    input: z
      .strictObject({
        surveyId: z.optional(id),
        title,
        intro: z.optional(shortNote('说明')),
        questions: z.array(question).check(z.minLength(1, '至少要有一道题'), z.maxLength(30, '最多 30 道题')),
        audience: z.enum(AUDIENCES),
        /** A community's survey for one grid (网格) only. */
        grid: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20, '网格名称最多二十个字'))),
        opensOn: isoDate,
        closesOn: isoDate,
        anonymous: z.boolean(),
        /** The bureau's: the communities it is for (none: every community). */
        communityIds: z.optional(z.array(id).check(z.minLength(1), z.maxLength(200))),
      })
      .check(z.refine((s) => s.opensOn <= s.closesOn, { message: '截止日期不能早于开始日期', path: ['closesOn'] })),
  }),
  'survey.list': contract<{ surveys: SurveySummary[] }>()({
    access: seeSurveys,
    summary: '问卷：写了老人就是问这位老人的（还能答的在前，标着答过没有）；社区是本社区的和局里发来的；局里是自己发的',
    input: z.strictObject({ cadreId: z.optional(id) }),
  }),
  'survey.get': contract<SurveyView>()({
    access: seeSurveys,
    summary: '一份问卷的题目；写了老人，连同这位老人已经答的（截止前可以改）',
    input: z.strictObject({ surveyId: id, cadreId: z.optional(id) }),
  }),
  'survey.answer': contract<SurveyView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary: '答问卷：老人自己、家属替老人、或社区走访时替老人记下（记着是谁填的）；每位老人一份，截止前再答就是修改',
    input: z.strictObject({
      surveyId: id,
      cadreId: id,
      answers: z.record(
        z.string().check(z.regex(/^q\d{1,2}$/)),
        z.union([
          z.int().check(z.gte(0), z.lte(10)),
          z.array(z.int().check(z.gte(0), z.lte(10))).check(z.maxLength(8)),
          z.string().check(z.trim(), z.maxLength(500, '每题最多五百字')),
        ]),
      ),
    }),
  }),
  'survey.results': contract<SurveyResults>()({
    access: { staff: 'any', admin: 'any' },
    summary:
      '问卷结果：每题多少人选、占多少、写的话、满意率（满意 + 非常满意），局里的分社区看；社区只看本社区老人答的；匿名问卷不显示是谁答的',
    input: z.strictObject({ surveyId: id }),
  }),
  'survey.export': contract<DownloadView & { responses: number }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '导出问卷结果（xlsx）：汇总、各社区、每份答卷；社区只导出本社区的；匿名问卷不写是谁、什么时候答的',
    input: z.strictObject({ surveyId: id }),
  }),
} satisfies Record<string, Contract>
