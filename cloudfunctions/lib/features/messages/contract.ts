// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { offset } from '../../core/shapes'
import type { MessageView } from './views'

export const messagesContracts = {
  'message.list': contract<{ messages: MessageView[] } & Paged>()({
    access: { anyone: true },
    summary: '我的消息（新的在前，分页）',
    input: z.strictObject({ offset }),
  }),
  'message.read': contract<{ unread: number }>()({
    access: { anyone: true },
    summary: '把一条消息（不填就是全部）标为已读',
    input: z.strictObject({
      messageId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_:-]{1,128}$/, '消息编号不对'))),
    }),
  }),
} satisfies Record<string, Contract>
