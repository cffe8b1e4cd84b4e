// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { BookingView, CatalogView, DispatchBoard, ProviderDetail, ServiceView, SlotsView, DaysView } from './views'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, clockTime, empty, id, isoDate, offset, personName, phone, serviceKey, shortNote } from '../../core/shapes'

export const servicesContracts = {
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
  'service.days': contract<DaysView>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '某项服务两周内的每一天：有空（连同能约的时间）、约满、休息或来不及',
    input: z.strictObject({ cadreId: id, serviceKey }),
  }),
  'booking.create': contract<BookingView>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '预约上门服务：本人、家属代约或社区代约；急修不用选时间',
    transaction: true,
    input: z.union([
      z.strictObject({ cadreId: id, serviceKey, date: isoDate, time: clockTime, note: z.optional(shortNote('备注')) }),
      z.strictObject({ cadreId: id, serviceKey, urgent: z.literal(true), note: z.optional(shortNote('备注')) }),
    ]),
  }),
  'booking.list': contract<{ cadreName: string; dutyPhone: string; bookings: BookingView[] } & Paged>()({
    access: aboutCadre,
    summary: '一位老人的预约：要来的和待评价的全部在前（按上门时间），以前的新的在前、分页',
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
    transaction: true,
    input: z.strictObject({ bookingId: id, reason: z.optional(shortNote('原因')) }),
  }),
  'booking.reschedule': contract<BookingView>()({
    access: { about: 'booking', cadre: 'self', family: 'book', staff: 'community' },
    summary: '改预约时间',
    transaction: true,
    input: z.strictObject({ bookingId: id, date: isoDate, time: clockTime }),
  }),
  'booking.rate': contract<BookingView>()({
    access: { about: 'booking', cadre: 'self', family: 'book' },
    summary: '服务完成后评价（1 到 5 颗星，可以写几句话）',
    transaction: true,
    input: z.strictObject({ bookingId: id, stars: z.int().check(z.gte(1), z.lte(5)), words: z.optional(shortNote('评价')) }),
  }),
  'booking.checkIn': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '服务人员到门口签到，开始服务',
    transaction: true,
    input: z.strictObject({ bookingId: id }),
  }),
  'booking.checkOut': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '服务人员签退，服务完成',
    transaction: true,
    input: z.strictObject({ bookingId: id, note: z.optional(shortNote('服务记录')) }),
  }),
  'booking.noShow': contract<BookingView>()({
    access: { about: 'booking', provider: 'assigned', staff: 'community' },
    summary: '上门未遇（老人不在家）',
    transaction: true,
    input: z.strictObject({ bookingId: id, note: z.optional(shortNote('情况说明')) }),
  }),
  'booking.assign': contract<BookingView>()({
    access: { about: 'booking', staff: 'community' },
    summary: '社区派单或改派服务人员',
    transaction: true,
    input: z.strictObject({ bookingId: id, providerId: id }),
  }),
  'booking.reject': contract<BookingView>()({
    access: { about: 'booking', staff: 'community' },
    summary: '社区无法安排时退回预约并说明原因',
    transaction: true,
    input: z.strictObject({ bookingId: id, reason: shortNote('原因').check(z.minLength(2, '请写明原因')) }),
  }),
  'dispatch.board': contract<DispatchBoard>()({
    access: { staff: 'any' },
    summary: '派单台：等待安排的预约（急修在前，分页）和某天每位服务人员的全部任务',
    input: z.strictObject({ date: z.optional(isoDate), offset }),
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
      priceFen: z.int().check(z.gte(0, '价格不能是负数'), z.lte(1_000_000, '价格太高了')),
      durationMin: z.int().check(z.gte(15), z.lte(480), z.multipleOf(15, '时长按一刻钟计')),
      minNoticeHours: z.int().check(z.gte(0), z.lte(168)),
      cutoffHours: z.int().check(z.gte(0), z.lte(168)),
      active: z.boolean(),
    }),
  }),
  'provider.save': contract<ProviderDetail>()({
    access: { staff: 'any' },
    summary: '添加或修改服务人员：会做的服务、网格、每周工作时间、休息日、路上时间、是否派单',
    input: z.strictObject({
      providerId: z.optional(id),
      name: personName,
      kind: z.enum(['签约服务人员', '志愿者']),
      phone,
      services: z.array(serviceKey).check(z.minLength(1, '请至少选一项服务'), z.maxLength(20)),
      grid: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(20))),
      availability: z
        .array(
          z
            .strictObject({ weekday: z.int().check(z.gte(1), z.lte(7)), from: clockTime, to: clockTime })
            .check(z.refine((w) => w.from < w.to, '结束时间要晚于开始时间')),
        )
        .check(z.maxLength(21)),
      daysOff: z.array(isoDate).check(z.maxLength(60)),
      bufferMin: z.int().check(z.gte(0), z.lte(120)),
      active: z.boolean(),
    }),
  }),
} satisfies Record<string, Contract>
