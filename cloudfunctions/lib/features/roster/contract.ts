// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import { contract, type Contract } from '../../core/contract'
import { id, isoDate, personName, phone, shortNote } from '../../core/shapes'
import { STATUS_WORDS, type StatusWord } from './rules'
import { cadreShapes, rosterFilters } from '../people/contract'
import type { CadreHistoryView, CadreRecord, CommunityChoice, GridView, ImportReport, TransferView } from './views'
import type { DownloadView } from '../files/views'

/** A field that may be taken off the record: null clears it. */
const clearable = <T extends z.ZodMiniType>(shape: T) => z.optional(z.nullable(shape))

export const rosterContracts = {
  'cadre.update': contract<CadreRecord>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '改老干部的信息：社区改全部；家属（有代预约权限）只改住址和电话；老人本人只改自己的电话。每次改动记进历史',
    input: z
      .strictObject({
        cadreId: id,
        /** The record's revision the form was filled from: a correction made meanwhile by someone else is not overwritten. */
        rev: z.int().check(z.gte(0)),
        name: z.optional(personName),
        gender: z.optional(cadreShapes.gender),
        birthDate: z.optional(isoDate),
        celebrates: z.optional(cadreShapes.celebrates),
        lunarBirth: clearable(cadreShapes.lunarBirth),
        rank: z.optional(cadreShapes.rank),
        category: z.optional(cadreShapes.category),
        partyMember: z.optional(z.boolean()),
        phone: clearable(phone),
        address: z.optional(cadreShapes.address),
        grid: clearable(cadreShapes.grid),
        livesAlone: z.optional(z.boolean()),
        resettled: z.optional(z.boolean()),
        workUnit: clearable(cadreShapes.workUnit),
        branch: clearable(cadreShapes.branch),
      })
      .check(z.refine((v) => Object.keys(v).some((k) => k !== 'cadreId' && k !== 'rev'), '请至少改一项')),
  }),
  'cadre.history': contract<CadreHistoryView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary: '老干部信息的改动历史：谁、什么时候、哪一项从什么改成什么（新的在前）',
    input: z.strictObject({ cadreId: id }),
  }),
  'cadre.setStatus': contract<CadreRecord>()({
    access: { about: 'cadre', staff: 'community' },
    summary:
      '改老干部的状态：在册、长期住院、异地居住（这两种暂停上门服务，走访照常）、去世（填日期：安排上门吊唁，告诉老干部局和原单位，停发服务卡、生日和节日走访、家属提醒，取消没做的上门服务和活动报名）；30 天内可以写明原因撤回',
    input: z.strictObject({
      cadreId: id,
      rev: z.int().check(z.gte(0)),
      status: z.enum(Object.keys(STATUS_WORDS) as [StatusWord, ...StatusWord[]]),
      diedOn: z.optional(isoDate),
      reason: z.optional(shortNote('原因').check(z.minLength(2, '原因至少两个字'))),
    }),
  }),
  'cadre.transfer': contract<CadreRecord>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '迁出：申请把老人迁到另一个社区（对方社区接收后才迁，服务卡余额、档案、历史、家属绑定都跟着走）；不选社区就是撤回申请',
    input: z.strictObject({
      cadreId: id,
      rev: z.int().check(z.gte(0)),
      toCommunityId: z.optional(id),
      reason: z.optional(shortNote('原因')),
    }),
  }),
  'transfer.list': contract<TransferView>()({
    access: { staff: 'any' },
    summary: '迁入迁出：等本社区接收的老人，和本社区申请迁出、等对方接收的老人',
    input: z.strictObject({}),
  }),
  'cadre.acceptTransfer': contract<CadreRecord>()({
    access: { staff: 'any' },
    summary: '接收迁入的老人（只有迁入的社区能接收）：档案、服务卡、照护档案、家属绑定转到本社区；原社区没做的上门服务取消、冻结的钱退回',
    input: z.strictObject({ cadreId: id }),
  }),
  'community.list': contract<{ communities: CommunityChoice[] }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '全市的社区（迁出时选去哪个社区，老干部局按社区看）',
    input: z.strictObject({}),
  }),
  'grid.list': contract<{ grids: GridView[]; staff: { id: string; name: string }[] }>()({
    access: { staff: 'any' },
    summary: '本社区的网格：街道、负责的工作人员和志愿者、每格多少位老人（分片包干）',
    input: z.strictObject({}),
  }),
  'grid.save': contract<GridView>()({
    access: { staff: 'any' },
    summary: '新建或修改网格：名称、包括的街道、负责的工作人员（本社区的）、志愿者',
    input: z.strictObject({
      gridId: z.optional(id),
      name: cadreShapes.grid,
      streets: z
        .array(z.string().check(z.trim(), z.minLength(2, '街道至少两个字'), z.maxLength(40)))
        .check(z.maxLength(30, '最多 30 条街道')),
      staffId: z.string().check(z.minLength(1), z.maxLength(64)),
      volunteers: z.array(personName).check(z.maxLength(20, '最多 20 位志愿者')),
    }),
  }),
  'roster.template': contract<DownloadView>()({
    access: { staff: 'any' },
    summary: '下载老干部名册导入模板（xlsx：各列、一行示例、性别职级类别历法等的下拉选项、填写说明）',
    input: z.strictObject({}),
  }),
  'roster.import': contract<ImportReport>()({
    access: { staff: 'any' },
    summary:
      '从表格导入名册：先检查（每行是新登记、要更新、没变化还是有错，错在哪一格、为什么），再导入；按身份证号认人，同一个文件导两次不会多人',
    input: z.strictObject({
      /** The ticket file.check gave for the uploaded sheet (purpose rosterSheet). */
      ticket: z.string().check(z.startsWith('cloud://'), z.maxLength(700)),
      commit: z.boolean(),
    }),
  }),
  'roster.export': contract<DownloadView & { count: number }>()({
    access: { staff: 'any', admin: 'any' },
    summary: '导出名册为 xlsx（按筛选条件）；社区导出本社区的，老干部局可以选一个社区或全市',
    input: z.strictObject({ ...rosterFilters, communityId: z.optional(id) }),
  }),
} satisfies Record<string, Contract>
