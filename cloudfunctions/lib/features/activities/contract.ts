// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { ActivityRoster, ActivityView } from './views'
import type { Paged } from '../../core/views'
import { ACTIVITY_CATEGORIES } from '../../core/categories'
import { contract, type Contract } from '../../core/contract'
import { aboutCadre, clockTime, id, isoDate, offset, shortNote, title } from '../../core/shapes'
import { photoKeptOrNew, photosKeptOrNew } from '../files/contract'

const signupInput = z.strictObject({ activityId: id, cadreId: id })

export const activitiesContracts = {
  'activity.list': contract<{ cadre: { id: string; name: string }; activities: ActivityView[] } & Paged>()({
    access: aboutCadre,
    summary: '老人所在社区这周和以后的活动（分页），以及老人的报名情况',
    input: z.strictObject({ cadreId: id, category: z.optional(z.enum(ACTIVITY_CATEGORIES)), offset }),
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
    summary: '发布或修改活动：类别、地点（可以借社区的屋子，同一时间不会借给别人）、时间、名额、报名截止、无障碍说明、封面照片',
    input: z
      .strictObject({
        activityId: z.optional(id),
        title,
        category: z.enum(ACTIVITY_CATEGORIES),
        description: z.string().check(z.trim(), z.maxLength(1000, '介绍最多一千字')),
        room: z.string().check(z.trim(), z.minLength(2, '请写明地点'), z.maxLength(40)),
        date: isoDate,
        start: clockTime,
        end: clockTime,
        deadlineDate: isoDate,
        deadlineTime: clockTime,
        capacity: z.int().check(z.gte(1, '名额至少 1 个'), z.lte(500, '名额最多 500 个')),
        accessibility: z.optional(shortNote('无障碍说明')),
        /** The cover it has (its fileRef) or a new one's ticket; none: no cover. */
        cover: z.optional(photoKeptOrNew),
        /** The party branch whose 组织生活 this is. */
        branchId: z.optional(id),
        /** One of the community's rooms (六室一站), held for the activity's time; none: `room` says where. */
        roomId: z.optional(id),
      })
      .check(
        z.refine((a) => !a.branchId || a.category === '党组织生活', { message: '只有党组织生活才写是哪个支部的', path: ['branchId'] }),
        z.refine((a) => a.start < a.end, '结束时间要晚于开始时间'),
        z.refine((a) => `${a.deadlineDate} ${a.deadlineTime}` <= `${a.date} ${a.start}`, '报名截止要在活动开始之前'),
      ),
  }),
  'activity.cancel': contract<ActivityView>()({
    access: { staff: 'any' },
    summary: '取消活动，并告诉每一位报了名的老人和家属',
    input: z.strictObject({ activityId: id, reason: shortNote('原因').check(z.minLength(2, '请写明取消原因')) }),
  }),
  'activity.savePhotos': contract<ActivityView>()({
    access: { staff: 'any' },
    summary: '活动现场照片（活动开始以后）：留下的照片和新拍的，最多 20 张；去掉的照片会删除',
    input: z.strictObject({ activityId: id, photos: photosKeptOrNew('activityPhoto') }),
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
} satisfies Record<string, Contract>
