// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { BranchDetail, BranchView } from './views'
import { contract, type Contract } from '../../core/contract'
import { id, title } from '../../core/shapes'

export const branchesContracts = {
  'branch.list': contract<{ branches: BranchView[]; candidates: { id: string; name: string }[]; mayJoinCommunities: boolean }>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary: '离退休党支部：写了老人就是他所在的支部；社区看本社区的（连同可以加入的党员）；局里看全市的，选了社区就列出这些社区的党员',
    input: z.strictObject({
      cadreId: z.optional(id),
      /** The bureau setting up a branch across communities: whose party members may join it. */
      candidatesIn: z.optional(z.array(id).check(z.maxLength(20, '一个支部最多跨 20 个社区'))),
    }),
  }),
  'branch.save': contract<BranchView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '建立或修改党支部：名称、书记、党员（社区只能建本社区的；局里可以跨社区）',
    input: z
      .strictObject({
        branchId: z.optional(id),
        name: title,
        communityIds: z.optional(z.array(id).check(z.minLength(1), z.maxLength(20))),
        secretaryId: z.optional(id),
        memberIds: z.array(id).check(z.minLength(1, '请至少选一位党员'), z.maxLength(300, '一个支部最多 300 人')),
      })
      .check(
        z.refine((b) => !b.secretaryId || b.memberIds.includes(b.secretaryId), { message: '书记要是支部的党员', path: ['secretaryId'] }),
      ),
  }),
  'branch.get': contract<BranchDetail>()({
    access: { staff: 'any', admin: 'any' },
    summary: '一个支部：今年的组织生活会，每位党员到会、送学上门、缺席各几次',
    input: z.strictObject({ branchId: id, year: z.optional(z.int().check(z.gte(2020), z.lte(2100))) }),
  }),
} satisfies Record<string, Contract>
