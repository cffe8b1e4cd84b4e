// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { CardAdjustmentView, CardEntryView, CardPolicyView, CardStatementView, CardView } from './views'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, id, offset, requestId, shortNote } from '../../core/shapes'

const fen = (what: string) => z.int().check(z.gte(0, `${what}不能是负数`), z.lte(1_000_000, `${what}最多一万元`))
/** Money staff record on a card: whose, how much, and the receipt that makes it count once. */
const money = {
  cadreId: id,
  amountFen: z.int().check(z.gte(1, '金额要大于 0'), z.lte(1_000_000, '一次最多一万元')),
  receiptNo: z.string().check(z.regex(/^[A-Za-z0-9-]{2,30}$/, '收据号只能是字母和数字')),
}

export const cardContracts = {
  'card.get': contract<CardView>()({
    access: aboutCadre,
    summary: '服务卡：可用余额和冻结中的金额',
    input: z.strictObject({ cadreId: id }),
  }),
  'card.entries': contract<CardView & { entries: CardEntryView[] } & Paged>()({
    access: aboutCadre,
    summary: '服务卡明细（新的在前，分页）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
  'card.list': contract<{ cards: (CardView & { cadreId: string; name: string })[] } & Paged>()({
    access: { staff: 'any' },
    summary: '本社区每位老人的服务卡余额（余额少的在前，分页）',
    input: z.strictObject({ offset }),
  }),
  'card.record': contract<CardView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区登记服务卡充值（家属交来的钱）或退回一次已完成服务扣的钱，每张收据只登记一次',
    input: z.union([
      z.strictObject({ ...money, kind: z.literal('topup'), reason: z.optional(shortNote('说明')) }),
      // A refund gives back what a finished visit took: at most that, once per receipt. Other money goes through
      // card.adjust, where a second staff member approves large amounts.
      z.strictObject({
        ...money,
        kind: z.literal('refund'),
        bookingId: id,
        reason: shortNote('原因').check(z.minLength(2, '请写明退款原因')),
      }),
    ]),
  }),
  'card.adjust': contract<{ status: 'posted' | 'pending'; adjustment: CardAdjustmentView; card: CardView }>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '调整服务卡余额（写明原因；超过规定金额要另一位工作人员审批）',
    input: z.strictObject({
      cadreId: id,
      amountFen: z.int().check(
        z.gte(-1_000_000),
        z.lte(1_000_000),
        z.refine((v) => v !== 0, '调整金额不能是 0'),
      ),
      reason: shortNote('原因').check(z.minLength(2, '请写明调整原因')),
      requestId,
    }),
  }),
  'card.adjustments': contract<{ adjustments: CardAdjustmentView[] } & Paged>()({
    access: { staff: 'any' },
    summary: '本社区的服务卡调整：等待审批的全部在前，处理过的新的在前（分页）',
    input: z.strictObject({ offset }),
  }),
  'card.decide': contract<CardAdjustmentView>()({
    access: { staff: 'any' },
    summary: '另一位工作人员批准或退回一笔服务卡调整',
    input: z.strictObject({ adjustmentId: id, approve: z.boolean() }),
  }),
  'card.statement': contract<CardStatementView>()({
    access: { staff: 'any' },
    summary: '本社区服务卡月度台帐（可导出表格）',
    input: z.strictObject({ month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01')) }),
  }),
  'cardPolicy.get': contract<CardPolicyView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '服务卡政策：每年发多少、哪天发、年底是否作废、多大调整要审批',
    input: z.strictObject({ communityId: z.optional(id) }),
  }),
  'cardPolicy.save': contract<CardPolicyView>()({
    access: { admin: 'any' },
    summary: '老干部局修改一个社区的服务卡政策',
    input: z.strictObject({
      communityId: id,
      allowanceFen: z.strictObject({
        离休: z.strictObject({ 副县级以上: fen('年度金额'), 一般: fen('年度金额') }),
        退休: z.strictObject({ 副县级以上: fen('年度金额'), 一般: fen('年度金额') }),
      }),
      issueOn: z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/, '发放日应为 01-01 到 12-28 之间')),
      yearEnd: z.enum(['expire', 'carry']),
      approvalAboveFen: fen('审批金额'),
    }),
  }),
} satisfies Record<string, Contract>
