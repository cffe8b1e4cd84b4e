// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { NoticeView } from './views'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { id, offset, requestId, title } from '../../core/shapes'

export const noticesContracts = {
  'notice.publish': contract<NoticeView>()({
    access: { admin: 'any' },
    summary: '老干部局发通知给全市各社区或选定的社区（社区只能看，不能改）',
    input: z.strictObject({
      requestId,
      title,
      body: z.string().check(z.trim(), z.minLength(2, '请写通知的内容'), z.maxLength(5000, '最多五千字')),
      communityIds: z.optional(z.array(id).check(z.minLength(1, '请至少选一个社区'), z.maxLength(200))),
    }),
  }),
  'notice.list': contract<{ notices: NoticeView[]; unread: number; mayPublish: boolean } & Paged>()({
    access: { staff: 'any', admin: 'any' },
    summary: '局里的通知，新的在前：社区看发给本社区的（读没读过）；局里看每条有几个社区读过、哪些还没读',
    input: z.strictObject({ offset }),
  }),
  'notice.read': contract<{ unread: number }>()({
    access: { staff: 'any' },
    summary: '社区工作人员读过了一条通知（本社区就算读过）',
    input: z.strictObject({ noticeId: id }),
  }),
} satisfies Record<string, Contract>
