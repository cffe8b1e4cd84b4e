// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { Paged } from '../../core/views'
import type { PairView } from './views'
import { contract, type Contract } from '../../core/contract'
import { empty, id, offset, shortNote } from '../../core/shapes'

export const pairingContracts = {
  'pairing.list': contract<{ pairs: PairView[]; overdue: number; volunteers: { id: string; name: string }[] } & Paged>()({
    access: { staff: 'any' },
    summary: '结对帮扶：本社区的结对（超期的在前，分页）和可以结对的志愿者；可只看一位老人的',
    input: z.strictObject({ cadreId: z.optional(id), offset }),
  }),
  'pairing.save': contract<PairView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '给老人结对一位志愿者，或结束结对',
    input: z.strictObject({ cadreId: id, volunteerId: id, active: z.boolean() }),
  }),
  'pairing.mine': contract<{ pairs: PairView[] }>()({
    access: { provider: 'any' },
    summary: '志愿者：我结对的老人',
    input: empty,
  }),
  'pairing.log': contract<PairView>()({
    access: { about: 'pair', provider: 'assigned' },
    summary: '志愿者记一次联系（电话、微信）或一次上门走访',
    input: z.strictObject({ pairId: id, kind: z.enum(['联系', '走访']), note: shortNote('情况') }),
  }),
} satisfies Record<string, Contract>
