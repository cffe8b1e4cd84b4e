// What the roster keeps about a cadre beyond the basics, who may correct which field, and how a change is written
// into the cadre's history (old → new, in words a person reads).
import type { CadreDoc } from '../people/docs'

/** The fields staff manage, in the order a person reads them, with their names in words. */
export const FIELD_LABELS = {
  name: '姓名',
  gender: '性别',
  birthDate: '出生日期',
  celebrates: '过哪种生日',
  lunarBirth: '农历生日',
  rank: '职级',
  category: '类别',
  partyMember: '党员',
  phone: '电话',
  address: '住址',
  grid: '网格',
  livesAlone: '独居',
  resettled: '异地安置',
  workUnit: '原单位',
  branch: '党支部',
} as const satisfies Partial<Record<keyof CadreDoc, string>>

export type EditableField = keyof typeof FIELD_LABELS

/** Staff correct everything; family with the book permission the address and phone; the cadre their own phone. */
export const EDITABLE_BY: Record<'staff' | 'family' | 'cadre', readonly EditableField[]> = {
  staff: Object.keys(FIELD_LABELS) as EditableField[],
  family: ['address', 'phone'],
  cadre: ['phone'],
}

/** The most entries a cadre's history keeps on the record (the oldest go first; the audit log keeps the rest). */
export const HISTORY_KEPT = 200

export interface FieldChange {
  field: EditableField
  label: string
  from: string
  to: string
}

const LUNAR_MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊']
const lunarDay = (d: number) =>
  d <= 10
    ? `初${'一二三四五六七八九十'[d - 1]}`
    : d < 20
      ? `十${'一二三四五六七八九'[d - 11]}`
      : d === 20
        ? '二十'
        : d < 30
          ? `廿${'一二三四五六七八九'[d - 21]}`
          : '三十'

/** A field's value as a person reads it in the history ('' for none). */
export function fieldWords(field: EditableField, value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (field === 'celebrates') return value === 'lunar' ? '农历' : '公历'
  if (field === 'lunarBirth') {
    const l = value as { month: number; day: number; leap: boolean }
    return `${l.leap ? '闰' : ''}${LUNAR_MONTHS[l.month - 1]}月${lunarDay(l.day)}`
  }
  if (field === 'workUnit') {
    const w = value as { name: string; contact?: string; phone?: string }
    return [w.name, w.contact, w.phone].filter(Boolean).join('，')
  }
  return String(value)
}

/** Each field whose value the change alters, old → new in words; fields it leaves alone are not listed. */
export function changesBetween(before: Partial<CadreDoc>, after: Partial<Record<EditableField, unknown>>): FieldChange[] {
  return (Object.keys(FIELD_LABELS) as EditableField[])
    .filter((f) => f in after && fieldWords(f, before[f]) !== fieldWords(f, after[f]))
    .map((f) => ({ field: f, label: FIELD_LABELS[f], from: fieldWords(f, before[f]), to: fieldWords(f, after[f]) }))
}

/** The fields a caller asks to change that are not theirs to change. */
export const notEditable = (by: keyof typeof EDITABLE_BY, fields: readonly string[]) =>
  fields.filter((f) => !(EDITABLE_BY[by] as readonly string[]).includes(f))

/** A cadre's place on the roster, as staff choose it, and as stored (在册 is no status at all). */
export const STATUS_WORDS = { 在册: undefined, 长期住院: 'hospital', 异地居住: 'away', 去世: 'deceased' } as const
export type StatusWord = keyof typeof STATUS_WORDS
export type CadreStatus = NonNullable<(typeof STATUS_WORDS)[StatusWord]>
export const statusWord = (s: CadreStatus | undefined): StatusWord =>
  (Object.keys(STATUS_WORDS) as StatusWord[]).find((w) => STATUS_WORDS[w] === s) ?? '在册'

/** A status change may be taken back, with a reason, this long after it was made. */
export const UNDO_DAYS = 30

/** Home services are not offered while a cadre is in hospital for long, lives elsewhere, or has died. */
export const servedAtHome = (status: CadreStatus | undefined) => status === undefined

/**
 * Whether a change of status may be made now: a death is undone only within UNDO_DAYS and with a reason; the day
 * of death is required and cannot be in the future.
 */
export function statusProblem(
  from: CadreStatus | undefined,
  to: CadreStatus | undefined,
  changedAt: Date | undefined,
  now: Date,
  diedOn: string | undefined,
  today: string,
  reason: string | undefined,
): string | null {
  if (from === to) return `已经是“${statusWord(to)}”了`
  if (from === 'deceased' && !reason) return '撤回“去世”要写明原因'
  if (from === 'deceased' && changedAt && now.getTime() - new Date(changedAt).getTime() > UNDO_DAYS * 86_400_000)
    return `记为去世已超过 ${UNDO_DAYS} 天，不能再撤回，请联系老干部局`
  if (to === 'deceased' && !diedOn) return '请填写去世的日期'
  if (diedOn && diedOn > today) return '去世的日期不能晚于今天'
  return null
}

/** 分片包干: the staff member keeping a grid, if any. */
export const keeperOf = <S extends { grids?: readonly string[] }>(staff: readonly S[], grid?: string): S | undefined =>
  grid ? staff.find((s) => s.grids?.includes(grid)) : undefined

/** Staff in the order they are told about a cadre: the keeper of the cadre's grid first. */
export function keeperFirst<S extends { grids?: readonly string[] }>(staff: readonly S[], grid?: string): S[] {
  const keeper = keeperOf(staff, grid)
  return keeper ? [keeper, ...staff.filter((s) => s !== keeper)] : [...staff]
}
