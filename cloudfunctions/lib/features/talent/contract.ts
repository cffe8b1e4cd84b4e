// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { InvitationView, TalentView } from './views'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { TALENT_NEEDS } from '../../core/categories'
import { id, isoDate, offset, shortNote } from '../../core/shapes'

export const talentContracts = {
  'talent.search': contract<{ talents: TalentView[] } & Paged>()({
    access: { staff: 'any' },
    summary: '银发人才库：本社区老人的爱好特长和报过的志愿服务，按关键词找（调解、书法…），服务时长多的在前',
    input: z.strictObject({ word: z.optional(z.string().check(z.trim(), z.maxLength(20, '关键词最多二十个字'))), offset }),
  }),
  'talent.invite': contract<InvitationView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区邀请一位老人发挥作用（调解、辅导、巡逻…），老人或家属答复',
    input: z.strictObject({
      cadreId: id,
      need: z.enum(TALENT_NEEDS),
      detail: shortNote('说明').check(z.minLength(2, '请说一说请老人做什么')),
      date: z.optional(isoDate),
    }),
  }),
  'talent.answer': contract<InvitationView>()({
    access: { about: 'invitation', cadre: 'self', family: 'link', staff: 'community' },
    summary: '老人（或家属替老人）答应或婉拒邀请；服务完社区记下服务了几小时',
    input: z.union([
      z.strictObject({ invitationId: id, accept: z.boolean() }),
      z.strictObject({
        invitationId: id,
        hours: z.number().check(z.gte(0.5, '至少半小时'), z.lte(100, '最多 100 小时'), z.multipleOf(0.5, '按半小时记')),
        /** A few words of thanks: they go on the community's 宣传栏 as a 表彰. */
        commend: z.optional(shortNote('表彰的话')),
      }),
    ]),
  }),
  'talent.invitations': contract<{ invitations: InvitationView[] }>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary: '邀请：写了老人就是给这位老人的；社区不写老人是本社区还没服务完的',
    input: z.strictObject({ cadreId: z.optional(id) }),
  }),
} satisfies Record<string, Contract>
