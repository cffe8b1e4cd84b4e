// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { MaterialSummary, MaterialView } from './views'
import type { Paged } from '../../core/views'
import { MATERIAL_CATEGORIES } from '../../core/categories'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, id, offset, title } from '../../core/shapes'
import { photoKeptOrNew } from '../files/contract'

const paragraph = z.union([
  z.strictObject({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000, '一段最多两千字')) }),
  /** A picture it has (by its fileRef) or a new one's ticket. */
  z.strictObject({ picture: photoKeptOrNew }),
])

export const studyContracts = {
  'material.list': contract<{ materials: MaterialSummary[] } & Paged>()({
    access: aboutCadre,
    summary: '学习资料（政策理论、健康养生、党建、法律；分页），老人读过的有标记',
    input: z.strictObject({ cadreId: id, category: z.optional(z.enum(MATERIAL_CATEGORIES)), offset }),
  }),
  'material.get': contract<MaterialView>()({
    access: { ...aboutCadre, admin: 'any' },
    summary: '一篇学习资料的全文；工作人员还能看到谁读过（工作人员可以不指定老人）',
    input: z.strictObject({ materialId: id, cadreId: z.optional(id) }),
  }),
  'material.markRead': contract<MaterialSummary>()({
    access: { about: 'cadre', cadre: 'self' },
    summary: '老人读完了，记下“已读”',
    input: z.strictObject({ materialId: id, cadreId: id }),
  }),
  'material.manage': contract<{ materials: MaterialSummary[] } & Paged>()({
    access: { staff: 'any', admin: 'any' },
    summary: '本社区的学习资料（连同局里发给本社区的）和本社区读过的人数；局里看自己发的（分页）',
    input: z.strictObject({ offset }),
  }),
  'material.save': contract<MaterialView>()({
    access: { staff: 'any', admin: 'any' },
    summary:
      '发布或修改学习资料：标题、类别、分段的正文和段落之间的图片（最多 20 张）；去掉的图片会删除。局里发的给全市各社区或选定的社区，社区只能看',
    input: z.strictObject({
      materialId: z.optional(id),
      /** The bureau's: the communities it is for (none: every community). */
      communityIds: z.optional(z.array(id).check(z.minLength(1), z.maxLength(200))),
      title,
      category: z.enum(MATERIAL_CATEGORIES),
      body: z.array(paragraph).check(z.minLength(1, '请至少写一段'), z.maxLength(60)),
    }),
  }),
} satisfies Record<string, Contract>
