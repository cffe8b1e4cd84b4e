// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { ReservationView, RoomView, RoomWeekView } from './views'
import { contract, type Contract } from '../../core/contract'
import { ROOM_KINDS } from '../../core/categories'
import { clockTime, id, isoDate, requestId, shortNote, title } from '../../core/shapes'

/** Rooms of the cadre's community, of the staff's own, or (the bureau, naming no cadre) of the whole city. */
const seeRooms = { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' } as const

export const roomsContracts = {
  'room.list': contract<{ rooms: RoomView[]; mayEdit: boolean }>()({
    access: seeRooms,
    summary: '六室一站：社区的活动室、阅览室等（开放时间、能坐多少人、无障碍说明）',
    input: z.strictObject({ cadreId: z.optional(id) }),
  }),
  'room.save': contract<RoomView>()({
    access: { staff: 'any' },
    summary: '社区新增或修改一间屋子（不写编号就是新增）；停用的不能再借',
    input: z
      .strictObject({
        roomId: z.optional(id),
        name: title,
        kind: z.enum(ROOM_KINDS),
        capacity: z.int().check(z.gte(1, '至少能坐 1 人'), z.lte(500, '最多 500 人')),
        open: clockTime,
        close: clockTime,
        accessibility: z.optional(shortNote('无障碍说明')),
        active: z.boolean(),
      })
      .check(z.refine((r) => r.open < r.close, { message: '关门时间要晚于开门时间', path: ['close'] })),
  }),
  'room.reserve': contract<ReservationView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community' },
    summary:
      '借用一间屋子的一段时间：社区直接借定（可以写是哪个活动）；老人或家属为几位老人申请，社区同意后借定。同一间屋子同一时间只借给一家',
    input: z.strictObject({
      cadreId: z.optional(id),
      requestId,
      roomId: id,
      date: isoDate,
      start: clockTime,
      end: clockTime,
      purpose: title,
      people: z.optional(z.int().check(z.gte(1), z.lte(500))),
      activityId: z.optional(id),
    }),
  }),
  'room.week': contract<RoomWeekView>()({
    access: seeRooms,
    summary: '一间屋子一周七天谁借了哪段时间（社区还看到等同意的申请）',
    input: z.strictObject({ cadreId: z.optional(id), roomId: id, from: z.optional(isoDate) }),
  }),
  'room.decide': contract<ReservationView>()({
    access: { staff: 'any' },
    summary: '社区同意或不同意老人的借用申请；对已借定的写“不同意”就是取消（要写原因，申请人会收到消息）',
    input: z
      .strictObject({ reservationId: id, approve: z.boolean(), note: z.optional(shortNote('说明')) })
      .check(z.refine((d) => d.approve || (d.note ?? '').length >= 2, '不同意或取消时请写明原因')),
  }),
} satisfies Record<string, Contract>
