// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { AssessmentResults, AssessmentView, SchemeView } from './views'
import type { SchemeShape } from './scheme.rules'
import type { DownloadView } from '../files/views'
import { contract, type Contract } from '../../core/contract'
import { id, shortNote, title } from '../../core/shapes'
import { photosKeptOrNew } from '../files/contract'
import { itemsProblem } from './rules'
import { ITEM_GROUPS, MEASURE_KEYS } from './scheme.rules'

const year = z.int().check(z.gte(2020), z.lte(2100))
const points = z.number().check(z.gte(0), z.lte(1000))

const item = z
  .strictObject({
    group: z.enum(ITEM_GROUPS),
    text: z.string().check(z.trim(), z.minLength(2, '每一项要写清楚考什么'), z.maxLength(100, '每一项最多一百字')),
    points: points.check(z.gt(0, '每一项至少 1 分')),
    /** Scored from the figures: what is measured and the figure that gives full points. */
    measure: z.optional(z.enum(MEASURE_KEYS)),
    target: z.optional(z.number().check(z.gt(0), z.lte(1000))),
  })
  .check(z.refine((i) => !i.measure === (i.target === undefined), { message: '按数字打分的项要写达到多少得满分', path: ['target'] }))

export const assessmentContracts = {
  'assessment.schemes': contract<{ year: number; schemes: SchemeView[]; template: SchemeShape }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '考核方案：这一年（不写是今年）局里发布的方案，和可以照着改的默认 100 分方案',
    input: z.strictObject({ year: z.optional(year) }),
  }),
  'assessment.saveScheme': contract<SchemeView>()({
    access: { admin: 'any' },
    summary:
      '局里新建或修改考核方案：名称、年度、总分（100 或 1000）、达标线、各项（所属“四就近”或组织保障、分值、按数字还是按佐证打分）。有社区交了以后各项不能再改',
    input: z
      .strictObject({
        schemeId: z.optional(id),
        name: title,
        year,
        total: z.union([z.literal(100), z.literal(1000)]),
        passPercent: z.int().check(z.gte(50, '达标线至少 50%'), z.lte(100)),
        items: z.array(item).check(z.minLength(1, '至少要有一项'), z.maxLength(60, '最多 60 项')),
      })
      .check(z.refine((s) => itemsProblem(s) === null, { message: '各项分数加起来要等于总分', path: ['items'] })),
  }),
  'assessment.get': contract<AssessmentView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '一个社区对一个方案的考核：每一项的分值、数字算出的分、自评分和佐证、局里的评分，总分和整改（社区看本社区，局里看任一社区）',
    input: z.strictObject({ schemeId: id, communityId: z.optional(id) }),
  }),
  'assessment.self': contract<AssessmentView>()({
    access: { staff: 'any' },
    summary: '社区自评：按佐证打分的项写自评分、说明、附照片（交之前可以反复改）',
    input: z.strictObject({
      schemeId: id,
      items: z
        .array(
          z.strictObject({
            itemId: id,
            selfScore: z.optional(points),
            note: z.optional(shortNote('说明')),
            photos: z.optional(photosKeptOrNew('evidencePhoto')),
          }),
        )
        .check(z.maxLength(60)),
    }),
  }),
  'assessment.submit': contract<AssessmentView>()({
    access: { staff: 'any' },
    summary: '社区把自评交给局里：按数字打分的项在这时定下来；交了就不能再改',
    input: z.strictObject({ schemeId: id }),
  }),
  'assessment.review': contract<AssessmentView>()({
    access: { admin: 'any' },
    summary:
      '局里评审一个社区交上来的自评：给按佐证打分的项打分、写意见；达标的命名为这一年的“四就近服务社区”，没达标的列出整改项，限期完成，社区收到消息',
    input: z.strictObject({
      schemeId: id,
      communityId: id,
      items: z
        .array(z.strictObject({ itemId: id, score: points, comment: z.optional(shortNote('意见')) }))
        .check(z.minLength(1), z.maxLength(60)),
    }),
  }),
  'assessment.fix': contract<AssessmentView>()({
    access: { staff: 'any' },
    summary: '社区写明一项整改已经完成（做了什么）',
    input: z.strictObject({
      schemeId: id,
      itemId: id,
      note: z.string().check(z.trim(), z.minLength(2, '请写明做了什么'), z.maxLength(200)),
    }),
  }),
  'assessment.results': contract<AssessmentResults>()({
    access: { staff: 'any', admin: 'any' },
    summary: '考核结果：这一年各方案下各社区的得分排名（社区只看本社区），和历年的结果',
    input: z.strictObject({ year: z.optional(year), communityId: z.optional(id) }),
  }),
  'assessment.export': contract<DownloadView & { schemes: number }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '导出这一年的考核评分表（xlsx）：每个方案一张表，各社区的名次、总分、是否达标和每一项的得分（社区只有本社区一行）',
    input: z.strictObject({ year: z.optional(year) }),
  }),
} satisfies Record<string, Contract>
