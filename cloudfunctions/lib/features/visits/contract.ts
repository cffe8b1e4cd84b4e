// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { Paged } from '../../core/views'
import type { TaskView, VisitView } from './views'
import { REPORT_KINDS } from '../../core/categories'
import { contract, type Contract } from '../../core/contract'
import { photoTickets } from '../files/contract'
import { aboutCadre, id, isoDate, offset, requestId, shortNote } from '../../core/shapes'

export const visitsContracts = {
  'visit.report': contract<TaskView>()({
    access: aboutCadre,
    summary: '五必访：报告老人住院、家里有大事或特殊情况（可带一张照片），社区两天内上门',
    input: z.strictObject({
      cadreId: id,
      kind: z.enum(REPORT_KINDS),
      note: shortNote('情况').check(z.minLength(2, '请简单写一下情况')),
      /** A photo may go with it (the ward, the state of the home). */
      photos: z.optional(photoTickets('reportPhoto')),
      requestId,
    }),
  }),
  'task.list': contract<{ tasks: TaskView[]; today: string; overdue: number; dueToday: number } & Paged>()({
    access: { staff: 'any' },
    summary: '今日任务：今天和过期没走访的（祝寿、节日走访、住院、大事、特殊情况、吊唁），以及一周内要去的（分页）；可以只看我负责的网格的',
    input: z.strictObject({ offset, mine: z.optional(z.boolean()) }),
  }),
  'task.handOver': contract<TaskView>()({
    access: { staff: 'any' },
    summary: '把一项走访任务交给本社区的另一位工作人员（请假、顺路）；对方收到消息，任务算在对方名下',
    input: z.strictObject({
      taskId: z.string().check(z.minLength(1), z.maxLength(120)),
      staffId: z.string().check(z.minLength(1), z.maxLength(64)),
    }),
  }),
  'visit.record': contract<VisitView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '记录一次走访（哪天、谁去的、带了什么、情况），完成对应的任务',
    input: z.strictObject({
      cadreId: id,
      taskId: z.optional(id),
      day: isoDate,
      visitors: z.string().check(z.trim(), z.minLength(2, '请写上谁去的'), z.maxLength(40, '最多四十个字')),
      gifts: shortNote('带去的东西'),
      notes: shortNote('情况'),
      /** 走访照片: the caller's own checked uploads (file.check), 1–6. */
      photos: z.optional(photoTickets('visitPhoto')),
    }),
  }),
  'visit.list': contract<{ visits: VisitView[] } & Paged>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '一位老人的走访记录（新的在前，分页）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
} satisfies Record<string, Contract>
