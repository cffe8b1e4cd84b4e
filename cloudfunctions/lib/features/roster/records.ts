// Correcting a cadre's record: each caller within their fields, in one conditional write that also appends the
// change to the cadre's history and marks the copies of name, address and phone elsewhere (open bookings and
// tasks, pairs, family links) for the minutely job to bring up to date.
import { historyEntry } from './history'
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import type { ActionContext } from '../../core/context'
import { aboutCadre } from '../../core/scope'
import { momentWords } from '../../core/words.rules'
import { birthdayKey } from '../reminders/occasions.rules'
import type { CadreDoc } from '../people/docs'
import { changesBetween, EDITABLE_BY, FIELD_LABELS, HISTORY_KEPT, notEditable, statusWord, type EditableField } from './rules'
import type { CadreHistoryView, CadreRecord } from './views'

/** Fields other records copy: a change to one of them sends the minutely job to bring the copies up to date. */
const COPIED: readonly EditableField[] = ['name', 'address', 'phone']

const WHO = { staff: '社区工作人员', family: '家属', cadre: '老人本人' } as const

export function cadreRecord(c: CadreDoc, changedWords = ''): CadreRecord {
  return {
    id: c._id,
    rev: c.rev ?? 0,
    name: c.name,
    gender: c.gender,
    birthDate: c.birthDate,
    celebrates: c.celebrates,
    ...(c.lunarBirth ? { lunarBirth: c.lunarBirth } : {}),
    rank: c.rank,
    category: c.category,
    partyMember: c.partyMember,
    ...(c.phone ? { phone: c.phone } : {}),
    address: c.address,
    ...(c.grid ? { grid: c.grid } : {}),
    livesAlone: c.livesAlone,
    resettled: c.resettled === true,
    ...(c.workUnit ? { workUnit: c.workUnit } : {}),
    ...(c.branch ? { branch: c.branch } : {}),
    status: statusWord(c.status),
    ...(c.diedOn ? { diedOn: c.diedOn } : {}),
    ...(c.transfer ? { movingTo: c.transfer.toName } : {}),
    changedWords,
  }
}

/**
 * The birthday fields after a change of birth date or calendar: a solar birthday is keyed off the date; a lunar one
 * off the lunar date the elder told, or — when none is told — left for the daily job, which carries the lunar
 * calendar, to work out from the solar date.
 */
function birthdayAfter(next: Pick<CadreDoc, 'birthDate' | 'celebrates' | 'lunarBirth'>) {
  if (next.celebrates === 'solar') return { birthdayKey: birthdayKey({ solar: next.birthDate }, 'solar'), lunarBirth: undefined }
  if (next.lunarBirth)
    return { birthdayKey: birthdayKey({ solar: next.birthDate, lunar: next.lunarBirth }, 'lunar'), lunarBirth: next.lunarBirth }
  return { birthdayKey: undefined, lunarBirth: undefined }
}

export async function updateCadre(ctx: ActionContext, input: ParsedInput<'cadre.update'>): Promise<CadreRecord> {
  const { doc: cadre, as } = aboutCadre(ctx)
  const { cadreId: _id, rev, ...asked } = input
  const by = as as keyof typeof EDITABLE_BY
  if (notEditable(by, Object.keys(asked)).length)
    throw new AppError('FORBIDDEN', `${WHO[by]}只能改${EDITABLE_BY[by].map((f) => FIELD_LABELS[f]).join('和')}`)
  if ((cadre.rev ?? 0) !== rev) throw new AppError('CADRE_CHANGED')

  const wanted: Partial<CadreDoc> = Object.fromEntries(Object.entries(asked).map(([k, v]) => [k, v ?? undefined]))
  if (wanted.lunarBirth && (wanted.celebrates ?? cadre.celebrates) === 'solar')
    throw new AppError('BAD_INPUT', '过公历生日的不用填农历生日')
  let next: CadreDoc = { ...cadre, ...wanted }
  // A new birth date without a new lunar date: the old lunar date belonged to the old birth date.
  if ('birthDate' in asked && !('lunarBirth' in asked) && next.birthDate !== cadre.birthDate) next = { ...next, lunarBirth: undefined }
  const birthdayChanged = ['birthDate', 'celebrates', 'lunarBirth'].some((f) => f in asked)
  if (birthdayChanged) next = { ...next, ...birthdayAfter(next) }

  const changes = changesBetween(cadre, Object.fromEntries((Object.keys(FIELD_LABELS) as EditableField[]).map((f) => [f, next[f]])))
  if (changes.length === 0) return cadreRecord(cadre)

  const entry = historyEntry(ctx, '修改信息', changes)
  const fields = [...new Set([...changes.map((c) => c.field), ...(birthdayChanged ? (['birthdayKey'] as const) : [])])]
  const data: Record<string, unknown> = Object.fromEntries(
    fields.map((f) => [f, next[f as keyof CadreDoc] === undefined ? _.remove() : next[f as keyof CadreDoc]]),
  )
  const saved = await db
    .collection(C.cadres)
    .where({ _id: cadre._id, rev: cadre.rev === undefined ? _.exists(false) : cadre.rev })
    .update({
      data: {
        ...data,
        ...(changes.some((c) => COPIED.includes(c.field)) ? { copiesStale: true } : {}),
        rev: (cadre.rev ?? 0) + 1,
        updatedAt: ctx.now,
        history: _.push({ each: [entry], slice: -HISTORY_KEPT }),
      },
    })
  if (saved.stats.updated !== 1) throw new AppError('CADRE_CHANGED')
  return cadreRecord(
    { ...next, rev: (cadre.rev ?? 0) + 1 },
    changes.map((c) => `${c.label}：${c.from || '（空）'} → ${c.to || '（空）'}`).join('；'),
  )
}

export async function cadreHistory(ctx: ActionContext): Promise<CadreHistoryView> {
  const { doc: cadre } = aboutCadre(ctx)
  return {
    entries: [...(cadre.history ?? [])].reverse().map((h) => ({
      atWords: momentWords(new Date(h.at)),
      byName: h.byName,
      what: h.what,
      changes: h.changes.map(({ label, from, to }) => ({ label, from, to })),
      ...(h.reason ? { reason: h.reason } : {}),
    })),
  }
}
