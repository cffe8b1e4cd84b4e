// The actions of this feature: who may call each, what it takes (zod) and what it answers.
import * as z from 'zod'
import { contract, type Contract } from '../../core/contract'
import { id, isoDate, personName, phone } from '../../core/shapes'
import { cadreShapes } from '../people/contract'
import type { CadreHistoryView, CadreRecord } from './views'

/** A field that may be taken off the record: null clears it. */
const clearable = <T extends z.ZodType>(shape: T) => shape.nullable().optional()

export const rosterContracts = {
  'cadre.update': contract<CadreRecord>()({
    access: { about: 'cadre', cadre: 'self', family: 'book', staff: 'community' },
    summary: '改老干部的信息：社区改全部；家属（有代预约权限）只改住址和电话；老人本人只改自己的电话。每次改动记进历史',
    input: z
      .strictObject({
        cadreId: id,
        /** The record's revision the form was filled from: a correction made meanwhile by someone else is not overwritten. */
        rev: z.int().min(0),
        name: personName.optional(),
        gender: cadreShapes.gender.optional(),
        birthDate: isoDate.optional(),
        celebrates: cadreShapes.celebrates.optional(),
        lunarBirth: clearable(cadreShapes.lunarBirth),
        rank: cadreShapes.rank.optional(),
        category: cadreShapes.category.optional(),
        partyMember: z.boolean().optional(),
        phone: clearable(phone),
        address: cadreShapes.address.optional(),
        grid: clearable(cadreShapes.grid),
        livesAlone: z.boolean().optional(),
        resettled: z.boolean().optional(),
        workUnit: clearable(cadreShapes.workUnit),
        branch: clearable(cadreShapes.branch),
      })
      .refine((v) => Object.keys(v).some((k) => k !== 'cadreId' && k !== 'rev'), '请至少改一项'),
  }),
  'cadre.history': contract<CadreHistoryView>()({
    access: { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' },
    summary: '老干部信息的改动历史：谁、什么时候、哪一项从什么改成什么（新的在前）',
    input: z.strictObject({ cadreId: id }),
  }),
} satisfies Record<string, Contract>
