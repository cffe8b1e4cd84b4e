// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod/mini'
import type { VoiceView } from './views'
import type { Paged } from '../../core/views'
import { contract, type Contract } from '../../core/contract'
import { photoTickets } from '../files/contract'
import { id, offset, requestId, shortNote } from '../../core/shapes'
import { VOICE_KINDS } from './rules'

const said = (what: string) => z.string().check(z.trim(), z.minLength(2, `${what}至少两个字`), z.maxLength(500, `${what}最多五百字`))

export const voiceContracts = {
  'voice.submit': contract<VoiceView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link' },
    summary: '意见建议：老人或家属给社区提建议、意见或投诉（可附照片；投诉可以指明哪一次上门服务）',
    input: z
      .strictObject({
        cadreId: id,
        requestId,
        kind: z.enum(VOICE_KINDS),
        text: said('内容'),
        bookingId: z.optional(id),
        photos: z.optional(photoTickets('voicePhoto')),
      })
      .check(z.refine((v) => !v.bookingId || v.kind === '投诉', { message: '只有投诉才指明哪一次上门服务', path: ['bookingId'] })),
  }),
  'voice.list': contract<{ voices: VoiceView[]; open: number } & Paged>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary:
      '意见建议列表：写了老人，就是这位老人的（新的在前）；社区不写老人是本社区的，没办结的全部在前（快到期的在前）；局里不写老人是超期没办结和局里督办过的',
    input: z.strictObject({ cadreId: z.optional(id), offset }),
  }),
  'voice.reply': contract<VoiceView>()({
    access: { about: 'voice', staff: 'community', admin: 'any' },
    summary: '社区答复意见建议（第一次答复即受理），可以同时办结；超期没办结的，局里可以督办答复',
    input: z.strictObject({ voiceId: id, text: said('答复'), close: z.boolean() }),
  }),
  'voice.rate': contract<VoiceView>()({
    access: { about: 'voice', cadre: 'self', family: 'link' },
    summary: '办结后，老人或家属给答复打分（1 到 5 颗星，可以写几句话）',
    input: z.strictObject({ voiceId: id, stars: z.int().check(z.gte(1), z.lte(5)), words: z.optional(shortNote('评价')) }),
  }),
} satisfies Record<string, Contract>
