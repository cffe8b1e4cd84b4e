// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { ContributionView } from './views'
import type { Paged } from '../../core/views'
import { PICTURED_WORKS, SKILL_TYPES, WORK_TYPES } from '../../core/categories'
import { contract, type Contract } from '../../core/contract'
import { photoTickets } from '../files/contract'
import { aboutCadre, id, offset, shortNote, title } from '../../core/shapes'

export const shareContracts = {
  'contribution.submit': contract<ContributionView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link' },
    summary: '就近发挥作用：老人报一项能出力的事（义务巡逻、辅导孩子…）或投一件作品（诗词、书法、照片…），社区审核后上宣传栏',
    input: z
      .union([
        z.strictObject({
          cadreId: id,
          kind: z.literal('skill'),
          type: z.enum(SKILL_TYPES),
          title,
          detail: shortNote('说明').check(z.minLength(2, '请说一说能做什么、什么时候有空')),
        }),
        z.strictObject({
          cadreId: id,
          kind: z.literal('work'),
          type: z.enum(WORK_TYPES),
          title,
          detail: z.string().check(z.trim(), z.maxLength(2000, '最多两千字')),
          /** The caller's own checked uploads (file.check): 书法、绘画、摄影 need 1–9, the rest may have up to 9. */
          photos: z.optional(photoTickets('workPhoto')),
        }),
      ])
      .check(
        z.refine((v) => v.kind !== 'work' || !PICTURED_WORKS.includes(v.type) || (v.photos?.length ?? 0) > 0, {
          message: '书法、绘画、摄影作品请至少加一张照片',
          path: ['photos'],
        }),
      ),
  }),
  'contribution.board': contract<{ board: ContributionView[]; mine: ContributionView[] } & Paged>()({
    access: aboutCadre,
    summary: '宣传栏：社区审核通过的作品和志愿服务（分页），以及这位老人自己投的全部（含审核情况）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
  'contribution.review': contract<{ pending: ContributionView[] } & Paged>()({
    access: { staff: 'any' },
    summary: '等社区审核的作品和志愿服务（先投的在前，分页）',
    input: z.strictObject({ offset }),
  }),
  'contribution.decide': contract<ContributionView>()({
    access: { staff: 'any' },
    summary: '审核通过（上宣传栏）或不通过（写明原因）',
    input: z
      .strictObject({ contributionId: id, approve: z.boolean(), note: z.optional(shortNote('说明')) })
      .check(z.refine((d) => d.approve || (d.note ?? '').length >= 2, '不通过时请写明原因')),
  }),
} satisfies Record<string, Contract>
