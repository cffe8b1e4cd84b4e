// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { Paged } from '../../core/views'
import type { SosConsoleItem, SosView } from './views'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, id, offset, shortNote } from '../../core/shapes'

export const sosContracts = {
  'sos.raise': contract<SosView>()({
    access: { about: 'cadre', cadre: 'self', family: 'sos', staff: 'community' },
    summary: '一键通：先记下求助，再按顺序通知家属、社区值班人员；手机随即拨打社区 24 小时值班电话',
    input: z.strictObject({ cadreId: id }),
  }),
  'sos.status': contract<{ event: SosView | null }>()({
    access: aboutCadre,
    summary: '这位老人最近一次求助的进展（如“社区已响应”）',
    input: z.strictObject({ cadreId: id }),
  }),
  'sos.console': contract<{ events: SosConsoleItem[]; open: number } & Paged>()({
    access: { staff: 'any' },
    summary: '一键通值班台：没处理完的求助全部在前，再是一周内处理完的（分页），附老人住址、电话、家属',
    input: z.strictObject({ offset }),
  }),
  'sos.acknowledge': contract<SosView>()({
    access: { about: 'sosEvent', family: 'sos', staff: 'community' },
    summary: '响应求助：告诉大家“我来处理”，停止往下一级通知',
    input: z.strictObject({ eventId: id }),
  }),
  'sos.note': contract<SosView>()({
    access: { about: 'sosEvent', staff: 'community' },
    summary: '给求助记一笔（到了现场、送医等）',
    input: z.strictObject({ eventId: id, text: shortNote('记录').check(z.minLength(2, '请写一句记录')) }),
  }),
  'sos.close': contract<SosView>()({
    access: { about: 'sosEvent', staff: 'community' },
    summary: '处理完毕，写明结果',
    input: z.strictObject({ eventId: id, outcome: shortNote('结果').check(z.minLength(2, '请写明处理结果')) }),
  }),
  'sos.falseAlarm': contract<SosView>()({
    access: { about: 'sosEvent', cadre: 'self', family: 'sos', staff: 'community' },
    summary: '我没事了（误按）：结束这次求助，并告诉已经通知到的每个人',
    input: z.strictObject({ eventId: id }),
  }),
} satisfies Record<string, Contract>
