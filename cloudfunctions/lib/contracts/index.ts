// Every action of the `api` function: who may call it, what it takes (zod) and what it answers.
// The mini-program imports only the types from here.
import * as z from 'zod'
import { contract, type Contract } from '../core/contract'
import {
  ACTIVITY_CATEGORIES,
  CONSENT_METHODS,
  CONTACT_KINDS,
  HOUSEHOLDS,
  MATERIAL_CATEGORIES,
  REPORT_KINDS,
  SELF_CARE_LEVELS,
  SKILL_TYPES,
  WORK_TYPES,
} from '../core/categories'
import { isIdNumber } from '../features/care/rules'
import { CONSENT_MOMENTS, PUSH_KINDS, PUSH_TEMPLATES } from '../features/push/rules'
import { FESTIVAL_CATALOGUE } from '../features/reminders/occasions.rules'
import {
  bindingCode,
  clockTime,
  id,
  isoDate,
  permissions,
  personName,
  phone,
  phoneLast4,
  relation,
  requestId,
  offset,
  serviceKey,
  shortNote,
} from '../core/shapes'
import type {
  AccessLogEntryView,
  ActivityRoster,
  ActivityView,
  BookingView,
  CadreDetail,
  CardAdjustmentView,
  CardEntryView,
  CardPolicyView,
  CardStatementView,
  CardView,
  CadreSummary,
  CareProfileView,
  CatalogView,
  ContributionView,
  DispatchBoard,
  HomeView,
  IssuedCode,
  LinkView,
  MaterialSummary,
  MaterialView,
  MeView,
  PairView,
  Paged,
  ProviderDetail,
  PushStatusView,
  ReminderPolicyView,
  ServiceView,
  SlotsView,
  SosConsoleItem,
  SosView,
  TaskView,
  VisitView,
} from './views'

const empty = z.strictObject({})
/** 逢五排十 starts at a round age between 60 and 100. */
const age = z
  .number()
  .int()
  .min(60, '起始年龄在 60 到 100 岁之间')
  .max(100, '起始年龄在 60 到 100 岁之间')
  .refine((n) => n % 5 === 0, '起始年龄要逢五或逢十，如 70、75、80')
const aboutCadre = { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' } as const
const signupInput = z.strictObject({ activityId: id, cadreId: id })
const title = z.string().trim().min(2, '标题至少两个字').max(40, '标题最多四十个字')
const pictureUrl = z.string().regex(/^(https?:\/\/|cloud:\/\/|\/)[^\s]{1,300}$/, '图片地址不对')
const paragraph = z.union([
  z.strictObject({ text: z.string().trim().min(1).max(2000, '一段最多两千字') }),
  z.strictObject({ image: pictureUrl }),
])
/** A mobile or a landline with its area code (原单位 often gives an office line). */
const contactPhone = z.string().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为 11 位手机号或带区号的座机')
const keeper = z.string().trim().max(40, '最多四十个字')
const fen = (what: string) => z.int().min(0, `${what}不能是负数`).max(1_000_000, `${what}最多一万元`)

/** Money staff record on a card: whose, how much, and the receipt that makes it count once. */
const money = {
  cadreId: id,
  amountFen: z.int().min(1, '金额要大于 0').max(1_000_000, '一次最多一万元'),
  receiptNo: z.string().regex(/^[A-Za-z0-9-]{2,30}$/, '收据号只能是字母和数字'),
}

export const contracts = {
  'home.get': contract<HomeView>()({
    access: { anyone: true },
    summary: '首页：按身份给出的全部首页数据（一次调用）',
    input: empty,
  }),
  'me.get': contract<{ me: MeView; links: LinkView[]; pendingApprovals: LinkView[] }>()({
    access: { anyone: true },
    summary: '我的：个人信息、绑定关系与待审批申请',
    input: empty,
  }),
  'me.update': contract<MeView>()({
    access: { anyone: true },
    summary: '设置长辈模式或切换当前身份',
    input: z
      .strictObject({
        elderMode: z.boolean().optional(),
        activeRole: z.enum(['cadre', 'family', 'staff', 'provider', 'admin']).optional(),
      })
      .refine((v) => v.elderMode !== undefined || v.activeRole !== undefined, '请至少修改一项设置'),
  }),
  'me.claimCadre': contract<MeView>()({
    access: { anyone: true },
    summary: '老干部本人用社区发的绑定码认领自己的档案',
    input: z.strictObject({ code: bindingCode }),
  }),
  'binding.request': contract<LinkView>()({
    access: { anyone: true },
    summary: '家属申请绑定老人：姓名加手机后四位（需审批，审批的人看得到申请人的手机尾号），或社区绑定码（直接生效）',
    input: z.union([
      z.strictObject({ requesterName: personName, requesterPhone: phone, relation, cadreName: personName, phoneLast4 }),
      z.strictObject({ requesterName: personName, requesterPhone: phone.optional(), relation, code: bindingCode }),
    ]),
  }),
  'binding.decide': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', staff: 'community' },
    summary: '老人本人或社区审批绑定申请',
    input: z.strictObject({ linkId: id, approve: z.boolean(), permissions: permissions.optional() }),
  }),
  'binding.setPermissions': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', staff: 'community' },
    summary: '修改家属的权限（代预约、看健康信息、接收求助提醒）',
    input: z.strictObject({ linkId: id, permissions }),
  }),
  'binding.end': contract<LinkView>()({
    access: { about: 'link', cadre: 'self', family: 'own', staff: 'community' },
    summary: '解除绑定（任一方都可以）',
    input: z.strictObject({ linkId: id }),
  }),
  'cadre.register': contract<CadreSummary>()({
    access: { staff: 'any' },
    summary: '社区登记老干部（包括没有手机的老人）',
    input: z.strictObject({
      name: personName,
      gender: z.enum(['男', '女']),
      birthDate: isoDate,
      celebrates: z.enum(['solar', 'lunar']),
      rank: z.enum(['副县级以上', '一般']),
      category: z.enum(['离休', '退休']),
      phone: phone.optional(),
      address: z.string().trim().min(4, '请填写详细住址').max(80, '住址最多八十个字'),
      livesAlone: z.boolean(),
      partyMember: z.boolean(),
    }),
  }),
  'cadre.list': contract<{ cadres: CadreSummary[]; mayRegister: boolean } & Paged>()({
    access: { staff: 'any', admin: 'any' },
    summary: '本社区老干部名册',
    input: z.strictObject({
      keyword: z.string().trim().max(20).optional(),
      offset,
    }),
  }),
  'cadre.get': contract<CadreDetail>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary: '一位老干部的信息与家属',
    input: z.strictObject({ cadreId: id }),
  }),
  'bindingCode.issue': contract<IssuedCode>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区给老人或家属发 6 位绑定码（7 天有效）',
    input: z.strictObject({ cadreId: id, purpose: z.enum(['family', 'self']) }),
  }),
  'service.catalog': contract<CatalogView>()({
    access: aboutCadre,
    summary: '一位老人可以预约的上门服务（价格、时长、提前多久约）',
    input: z.strictObject({ cadreId: id }),
  }),
  'service.slots': contract<SlotsView>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '某项服务某一天还能约的上门时间',
    input: z.strictObject({ cadreId: id, serviceKey, date: isoDate }),
  }),
  'booking.create': contract<BookingView>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '预约上门服务：本人、家属代约或社区代约；急修不用选时间',
    input: z.union([
      z.strictObject({ cadreId: id, serviceKey, date: isoDate, time: clockTime, note: shortNote('备注').optional() }),
      z.strictObject({ cadreId: id, serviceKey, urgent: z.literal(true), note: shortNote('备注').optional() }),
    ]),
  }),
  'booking.list': contract<{ cadreName: string; dutyPhone: string; bookings: BookingView[] } & Paged>()({
    access: aboutCadre,
    summary: '一位老人的预约（新的在前，分页）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
  'booking.get': contract<{ booking: BookingView; dutyPhone: string }>()({
    access: { about: 'booking', cadre: 'self', family: 'link', staff: 'community', provider: 'assigned' },
    summary: '一个预约的详情和每一步记录',
    input: z.strictObject({ bookingId: id }),
  }),
  'booking.cancel': contract<BookingView>()({
    access: { about: 'booking', cadre: 'self', family: 'book', staff: 'community' },
    summary: '取消预约（过了截止时间请打电话给社区）',
    input: z.strictObject({ bookingId: id, reason: shortNote('原因').optional() }),
  }),
  'booking.reschedule': contract<BookingView>()({
    access: { about: 'booking', cadre: 'self', family: 'book', staff: 'community' },
    summary: '改预约时间',
    input: z.strictObject({ bookingId: id, date: isoDate, time: clockTime }),
  }),
  'booking.rate': contract<BookingView>()({
    access: { about: 'booking', cadre: 'self', family: 'book' },
    summary: '服务完成后评价（1 到 5 颗星，可以写几句话）',
    input: z.strictObject({ bookingId: id, stars: z.int().min(1).max(5), words: shortNote('评价').optional() }),
  }),
  'booking.checkIn': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '服务人员到门口签到，开始服务',
    input: z.strictObject({ bookingId: id }),
  }),
  'booking.checkOut': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '服务人员签退，服务完成',
    input: z.strictObject({ bookingId: id, note: shortNote('服务记录').optional() }),
  }),
  'booking.noShow': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '上门未遇（老人不在家）',
    input: z.strictObject({ bookingId: id, note: shortNote('情况说明').optional() }),
  }),
  'booking.assign': contract<BookingView>()({
    access: { about: 'booking', staff: 'community' },
    summary: '社区派单或改派服务人员',
    input: z.strictObject({ bookingId: id, providerId: id }),
  }),
  'booking.reject': contract<BookingView>()({
    access: { about: 'booking', staff: 'community' },
    summary: '社区无法安排时退回预约并说明原因',
    input: z.strictObject({ bookingId: id, reason: shortNote('原因').min(2, '请写明原因') }),
  }),
  'dispatch.board': contract<DispatchBoard>()({
    access: { staff: 'any' },
    summary: '派单台：等待安排的预约（急修在前，分页）和某天每位服务人员的全部任务',
    input: z.strictObject({ date: isoDate.optional(), offset }),
  }),
  'provider.tasks': contract<{ today: BookingView[]; later: BookingView[] }>()({
    access: { provider: 'any' },
    summary: '服务人员的任务：今天的和以后的',
    input: empty,
  }),
  'serviceDesk.get': contract<{
    services: (ServiceView & { active: boolean })[]
    providers: ProviderDetail[]
  }>()({
    access: { staff: 'any' },
    summary: '本社区的服务目录和服务人员（含每周工作时间、休息日）',
    input: empty,
  }),
  'serviceType.update': contract<ServiceView & { active: boolean }>()({
    access: { staff: 'any' },
    summary: '修改一项服务的价格、时长、提前量、截止时间，或暂停、恢复',
    input: z.strictObject({
      serviceKey,
      priceFen: z.int().min(0, '价格不能是负数').max(1_000_000, '价格太高了'),
      durationMin: z.int().min(15).max(480).multipleOf(15, '时长按一刻钟计'),
      minNoticeHours: z.int().min(0).max(168),
      cutoffHours: z.int().min(0).max(168),
      active: z.boolean(),
    }),
  }),
  'provider.save': contract<ProviderDetail>()({
    access: { staff: 'any' },
    summary: '添加或修改服务人员：会做的服务、网格、每周工作时间、休息日、路上时间、是否派单',
    input: z.strictObject({
      providerId: id.optional(),
      name: personName,
      kind: z.enum(['签约服务人员', '志愿者']),
      phone,
      services: z.array(serviceKey).min(1, '请至少选一项服务').max(20),
      grid: z.string().trim().min(2).max(20).optional(),
      availability: z
        .array(
          z
            .strictObject({ weekday: z.int().min(1).max(7), from: clockTime, to: clockTime })
            .refine((w) => w.from < w.to, '结束时间要晚于开始时间'),
        )
        .max(21),
      daysOff: z.array(isoDate).max(60),
      bufferMin: z.int().min(0).max(120),
      active: z.boolean(),
    }),
  }),
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
      z.strictObject({ ...money, kind: z.literal('topup'), reason: shortNote('说明').optional() }),
      // A refund gives back what a finished visit took: at most that, once per receipt. Other money goes through
      // card.adjust, where a second staff member approves large amounts.
      z.strictObject({ ...money, kind: z.literal('refund'), bookingId: id, reason: shortNote('原因').min(2, '请写明退款原因') }),
    ]),
  }),
  'card.adjust': contract<{ status: 'posted' | 'pending'; adjustment: CardAdjustmentView; card: CardView }>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '调整服务卡余额（写明原因；超过规定金额要另一位工作人员审批）',
    input: z.strictObject({
      cadreId: id,
      amountFen: z
        .int()
        .min(-1_000_000)
        .max(1_000_000)
        .refine((v) => v !== 0, '调整金额不能是 0'),
      reason: shortNote('原因').min(2, '请写明调整原因'),
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
    input: z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-01') }),
  }),
  'cardPolicy.get': contract<CardPolicyView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '服务卡政策：每年发多少、哪天发、年底是否作废、多大调整要审批',
    input: z.strictObject({ communityId: id.optional() }),
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
      issueOn: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$/, '发放日应为 01-01 到 12-28 之间'),
      yearEnd: z.enum(['expire', 'carry']),
      approvalAboveFen: fen('审批金额'),
    }),
  }),
  'activity.list': contract<{ cadre: { id: string; name: string }; activities: ActivityView[] } & Paged>()({
    access: aboutCadre,
    summary: '老人所在社区这周和以后的活动（分页），以及老人的报名情况',
    input: z.strictObject({ cadreId: id, category: z.enum(ACTIVITY_CATEGORIES).optional(), offset }),
  }),
  'activity.get': contract<ActivityView>()({
    access: aboutCadre,
    summary: '一个活动的详情和这位老人的报名情况（已报名、候补第几位）',
    input: signupInput,
  }),
  'activity.signUp': contract<ActivityView>()({
    access: aboutCadre,
    summary: '报名活动：有名额就报上，满了就排候补；本人、家属或社区都可以替老人报',
    input: signupInput,
  }),
  'activity.withdraw': contract<ActivityView>()({
    access: aboutCadre,
    summary: '取消报名；空出的名额自动给候补第一位',
    input: signupInput,
  }),
  'activity.manage': contract<{ activities: ActivityView[] } & Paged>()({
    access: { staff: 'any' },
    summary: '本社区发布的活动（近一个月和以后的，分页），报名人数',
    input: z.strictObject({ offset }),
  }),
  'activity.save': contract<ActivityView>()({
    access: { staff: 'any' },
    summary: '发布或修改活动：类别、地点、时间、名额、报名截止、无障碍说明',
    input: z
      .strictObject({
        activityId: id.optional(),
        title,
        category: z.enum(ACTIVITY_CATEGORIES),
        description: z.string().trim().max(1000, '介绍最多一千字'),
        room: z.string().trim().min(2, '请写明地点').max(40),
        date: isoDate,
        start: clockTime,
        end: clockTime,
        deadlineDate: isoDate,
        deadlineTime: clockTime,
        capacity: z.int().min(1, '名额至少 1 个').max(500, '名额最多 500 个'),
        accessibility: shortNote('无障碍说明').optional(),
        cover: pictureUrl.optional(),
      })
      .refine((a) => a.start < a.end, '结束时间要晚于开始时间')
      .refine((a) => `${a.deadlineDate} ${a.deadlineTime}` <= `${a.date} ${a.start}`, '报名截止要在活动开始之前'),
  }),
  'activity.cancel': contract<ActivityView>()({
    access: { staff: 'any' },
    summary: '取消活动，并告诉每一位报了名的老人和家属',
    input: z.strictObject({ activityId: id, reason: shortNote('原因').min(2, '请写明取消原因') }),
  }),
  'activity.roster': contract<ActivityRoster>()({
    access: { staff: 'any' },
    summary: '报名名单、候补名单（分页）和签到情况',
    input: z.strictObject({ activityId: id, offset }),
  }),
  'activity.attend': contract<ActivityRoster>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '签到：记下老人来了（或改回没来）',
    input: z.strictObject({ activityId: id, cadreId: id, attended: z.boolean() }),
  }),
  'material.list': contract<{ materials: MaterialSummary[] } & Paged>()({
    access: aboutCadre,
    summary: '学习资料（政策理论、健康养生、党建、法律；分页），老人读过的有标记',
    input: z.strictObject({ cadreId: id, category: z.enum(MATERIAL_CATEGORIES).optional(), offset }),
  }),
  'material.get': contract<MaterialView>()({
    access: aboutCadre,
    summary: '一篇学习资料的全文；工作人员还能看到谁读过（工作人员可以不指定老人）',
    input: z.strictObject({ materialId: id, cadreId: id.optional() }),
  }),
  'material.markRead': contract<MaterialSummary>()({
    access: { about: 'cadre', cadre: 'self' },
    summary: '老人读完了，记下“已读”',
    input: z.strictObject({ materialId: id, cadreId: id }),
  }),
  'material.manage': contract<{ materials: MaterialSummary[] } & Paged>()({
    access: { staff: 'any' },
    summary: '本社区发布的学习资料和读过的人数（分页）',
    input: z.strictObject({ offset }),
  }),
  'material.save': contract<MaterialView>()({
    access: { staff: 'any' },
    summary: '发布或修改学习资料：标题、类别、分段的正文和图片',
    input: z.strictObject({
      materialId: id.optional(),
      title,
      category: z.enum(MATERIAL_CATEGORIES),
      body: z.array(paragraph).min(1, '请至少写一段').max(60),
    }),
  }),
  'contribution.submit': contract<ContributionView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link' },
    summary: '就近发挥作用：老人报一项能出力的事（义务巡逻、辅导孩子…）或投一件作品（诗词、书法、照片…），社区审核后上宣传栏',
    input: z.union([
      z.strictObject({
        cadreId: id,
        kind: z.literal('skill'),
        type: z.enum(SKILL_TYPES),
        title,
        detail: shortNote('说明').min(2, '请说一说能做什么、什么时候有空'),
      }),
      z.strictObject({
        cadreId: id,
        kind: z.literal('work'),
        type: z.enum(WORK_TYPES),
        title,
        detail: z.string().trim().max(2000, '最多两千字'),
        image: pictureUrl.optional(),
      }),
    ]),
  }),
  'contribution.board': contract<{ board: ContributionView[]; mine: ContributionView[] } & Paged>()({
    access: aboutCadre,
    summary: '宣传栏：社区审核通过的作品和志愿服务（分页），以及这位老人自己投的全部（含审核情况）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
  'contribution.review': contract<{ pending: ContributionView[] } & Paged>()({
    access: { staff: 'any' },
    summary: '等社区审核的作品和志愿服务（先投的在前，分页）',
    input: z.strictObject({ offset }),
  }),
  'contribution.decide': contract<ContributionView>()({
    access: { staff: 'any' },
    summary: '审核通过（上宣传栏）或不通过（写明原因）',
    input: z
      .strictObject({ contributionId: id, approve: z.boolean(), note: shortNote('说明').optional() })
      .refine((d) => d.approve || (d.note ?? '').length >= 2, '不通过时请写明原因'),
  }),
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
    input: z.strictObject({ eventId: id, text: shortNote('记录').min(2, '请写一句记录') }),
  }),
  'sos.close': contract<SosView>()({
    access: { about: 'sosEvent', staff: 'community' },
    summary: '处理完毕，写明结果',
    input: z.strictObject({ eventId: id, outcome: shortNote('结果').min(2, '请写明处理结果') }),
  }),
  'sos.falseAlarm': contract<SosView>()({
    access: { about: 'sosEvent', cadre: 'self', family: 'sos', staff: 'community' },
    summary: '我没事了（误按）：结束这次求助，并告诉已经通知到的每个人',
    input: z.strictObject({ eventId: id }),
  }),
  'care.get': contract<CareProfileView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', provider: 'assigned', admin: 'any' },
    summary: '四个必须知道：住址电话、家庭与健康、爱好特长、生活习惯，紧急联系人和包保责任人（按身份遮挡，社区查看健康信息留痕）',
    /** `withHealth: false` for forms that do not show health, so that nothing sensitive is read or logged. */
    input: z.strictObject({ cadreId: id, withHealth: z.boolean().optional() }),
  }),
  'care.save': contract<CareProfileView>()({
    access: aboutCadre,
    summary: '填写家庭情况、爱好、习惯和紧急联系人（包保责任人和责任医生由社区填写）',
    input: z.strictObject({
      cadreId: id,
      household: z.enum(HOUSEHOLDS),
      hobbies: shortNote('爱好特长'),
      habits: shortNote('生活习惯'),
      contacts: z
        .array(z.strictObject({ kind: z.enum(CONTACT_KINDS), name: personName, phone: contactPhone }))
        .max(8, '紧急联系人最多八位'),
      guarantors: z.strictObject({ originalUnit: keeper, bureau: keeper, family: keeper, community: keeper }).optional(),
      doctorId: id.nullable().optional(),
    }),
  }),
  'care.saveHealth': contract<CareProfileView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '社区登记健康信息（自理能力、慢性病、饮食禁忌、身份证号），须先有老人本人的单独同意',
    input: z.strictObject({
      cadreId: id,
      selfCare: z.enum(SELF_CARE_LEVELS),
      conditions: z.array(z.string().trim().min(1).max(20, '每种病最多二十个字')).max(10, '慢性病最多填十种'),
      diet: shortNote('饮食禁忌'),
      diabetic: z.boolean(),
      idNumber: z.string().trim().toUpperCase().refine(isIdNumber, '身份证号不对，请核对 18 位号码').optional(),
    }),
  }),
  'care.consent': contract<CareProfileView>()({
    access: { about: 'cadre', cadre: 'self', staff: 'community' },
    summary: '记录老人同意（或撤回同意）登记健康信息；撤回后健康信息立即删除',
    input: z.strictObject({ cadreId: id, given: z.boolean(), method: z.enum(CONSENT_METHODS) }),
  }),
  'care.accessLog': contract<{ entries: AccessLogEntryView[] } & Paged>()({
    access: { admin: 'any' },
    summary: '敏感信息查看记录：谁、在什么时候、看了哪位老人的哪些信息',
    input: z.strictObject({ cadreId: id.optional(), offset }),
  }),
  'care.export': contract<{ fileName: string; content: string }>()({
    access: { about: 'cadre', admin: 'any' },
    summary: '应本人请求导出一位老人的全部个人信息（JSON 文件）',
    input: z.strictObject({ cadreId: id }),
  }),
  'care.erase': contract<{ cadreId: string; erased: boolean }>()({
    access: { about: 'cadre', admin: 'any' },
    summary: '应本人请求删除一位老人的个人信息（账目只留编号）',
    input: z.strictObject({ cadreId: id, reason: shortNote('原因').min(4, '请写明删除原因，如“本人书面申请”') }),
  }),
  'visit.report': contract<TaskView>()({
    access: aboutCadre,
    summary: '五必访：报告老人住院、家里有大事或特殊情况，社区两天内上门',
    input: z.strictObject({
      cadreId: id,
      kind: z.enum(REPORT_KINDS),
      note: shortNote('情况').min(2, '请简单写一下情况'),
      requestId,
    }),
  }),
  'task.list': contract<{ tasks: TaskView[]; today: string; overdue: number; dueToday: number } & Paged>()({
    access: { staff: 'any' },
    summary: '今日任务：今天和过期没走访的（祝寿、节日走访、住院、大事、特殊情况），以及一周内要去的（分页）',
    input: z.strictObject({ offset }),
  }),
  'visit.record': contract<VisitView>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '记录一次走访（哪天、谁去的、带了什么、情况），完成对应的任务',
    input: z.strictObject({
      cadreId: id,
      taskId: id.optional(),
      day: isoDate,
      visitors: z.string().trim().min(2, '请写上谁去的').max(40, '最多四十个字'),
      gifts: shortNote('带去的东西'),
      notes: shortNote('情况'),
    }),
  }),
  'visit.list': contract<{ visits: VisitView[] } & Paged>()({
    access: { about: 'cadre', staff: 'community' },
    summary: '一位老人的走访记录（新的在前，分页）',
    input: z.strictObject({ cadreId: id, offset }),
  }),
  'pairing.list': contract<{ pairs: PairView[]; overdue: number; volunteers: { id: string; name: string }[] } & Paged>()({
    access: { staff: 'any' },
    summary: '结对帮扶：本社区的结对（超期的在前，分页）和可以结对的志愿者；可只看一位老人的',
    input: z.strictObject({ cadreId: id.optional(), offset }),
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
  'message.list': contract<
    { messages: { id: string; title: string; body: string; at: string; atWords: string; read: boolean }[] } & Paged
  >()({
    access: { anyone: true },
    summary: '我的消息（新的在前，分页）',
    input: z.strictObject({ offset }),
  }),
  'message.read': contract<{ unread: number }>()({
    access: { anyone: true },
    summary: '把一条消息（不填就是全部）标为已读',
    input: z.strictObject({
      messageId: z
        .string()
        .regex(/^[A-Za-z0-9_:-]{1,128}$/, '消息编号不对')
        .optional(),
    }),
  }),
  'reminderPolicy.get': contract<ReminderPolicyView>()({
    access: { staff: 'any', admin: 'any' },
    summary: '提醒规则：提前几天提醒、逢五排十的起始年龄、周岁还是虚岁、走访哪些节日、哪天安排年度体检',
    input: empty,
  }),
  'reminderPolicy.save': contract<ReminderPolicyView>()({
    access: { admin: 'any' },
    summary: '老干部局修改全市的提醒规则',
    input: z.strictObject({
      familyLeadDays: z.number().int().min(1, '至少提前 1 天').max(14, '最多提前 14 天'),
      staffLeadDays: z.number().int().min(1, '至少提前 1 天').max(30, '最多提前 30 天'),
      reportDueDays: z.number().int().min(1, '至少 1 天').max(7, '最多 7 天'),
      birthday: z.strictObject({
        thresholds: z.strictObject({ 副县级以上: age, 一般: age }),
        reckoning: z.enum(['full', 'nominal']),
      }),
      festivals: z
        .array(
          z.strictObject({
            key: z.enum(FESTIVAL_CATALOGUE.map((f) => f.key) as [string, ...string[]], '没有这个节日'),
            audience: z.enum(['all', 'partyMembers']),
          }),
        )
        .max(FESTIVAL_CATALOGUE.length)
        .refine((fs) => new Set(fs.map((f) => f.key)).size === fs.length, '同一个节日只能选一次'),
      healthCheck: z.strictObject({
        month: z.number().int().min(1, '月份在 1 到 12 之间').max(12, '月份在 1 到 12 之间'),
        day: z.number().int().min(1, '体检安排日请选每月 1–28 日').max(28, '体检安排日请选每月 1–28 日'),
      }),
    }),
  }),
  'push.status': contract<PushStatusView>()({
    access: { anyone: true },
    summary: '微信提醒：每种提醒我还能收几条',
    input: empty,
  }),
  'push.consent': contract<PushStatusView>()({
    access: { anyone: true },
    summary: '记下在微信里点了“允许”的提醒（点一次，收一条）',
    input: z.strictObject({
      templateIds: z
        .array(z.enum(PUSH_KINDS.map((k) => PUSH_TEMPLATES[k].id) as [string, ...string[]], '没有这种提醒'))
        .min(1, '请至少选一种提醒')
        .max(PUSH_KINDS.length),
      moment: z.enum(CONSENT_MOMENTS),
    }),
  }),
} satisfies Record<string, Contract>

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export type ActionInput<A extends ActionName> = z.input<Contracts[A]['input']>
export type ParsedInput<A extends ActionName> = z.output<Contracts[A]['input']>
export type ActionOutput<A extends ActionName> = NonNullable<Contracts[A]['output']>

export * from '../core/errors'
export * from './views'
export { admittedRoles, SUBJECT_KEYS } from '../core/contract'
export type { Access, Permission, Role, Subject } from '../core/contract'
