// The roster spreadsheet: its columns, and how one row becomes a cadre's fields or a list of problems, each with
// its cell and a reason in plain words. Pure: the workbook is read and written in ./sheet.ts.
import type { CadreDoc } from '../people/docs'

export const SHEET_NAME = '老干部名册'

export const CHOICES = {
  gender: ['男', '女'],
  celebrates: ['公历', '农历'],
  rank: ['副县级以上', '一般'],
  category: ['离休', '退休'],
  yesNo: ['是', '否'],
} as const

/** The columns in order: header, width, the choices offered in a drop-down, whether a value is required. */
export const COLUMNS = [
  { key: 'name', header: '姓名', width: 10, required: true },
  { key: 'idNumber', header: '身份证号', width: 22, required: true },
  { key: 'gender', header: '性别', width: 6, choices: CHOICES.gender, required: true },
  { key: 'birthDate', header: '出生日期', width: 12, required: true },
  { key: 'celebrates', header: '历法', width: 6, choices: CHOICES.celebrates, required: true },
  { key: 'rank', header: '职级', width: 12, choices: CHOICES.rank, required: true },
  { key: 'category', header: '类别', width: 6, choices: CHOICES.category, required: true },
  { key: 'partyMember', header: '党员', width: 6, choices: CHOICES.yesNo, required: true },
  { key: 'livesAlone', header: '独居', width: 6, choices: CHOICES.yesNo, required: true },
  { key: 'phone', header: '手机', width: 14, required: false },
  { key: 'address', header: '住址', width: 30, required: true },
  { key: 'grid', header: '网格', width: 12, required: false },
  { key: 'workUnit', header: '原单位', width: 20, required: false },
  { key: 'workContact', header: '原单位联系人', width: 12, required: false },
  { key: 'workPhone', header: '原单位电话', width: 14, required: false },
  { key: 'resettled', header: '异地安置', width: 8, choices: CHOICES.yesNo, required: false },
  { key: 'branch', header: '党支部', width: 20, required: false },
] as const

export type ColumnKey = (typeof COLUMNS)[number]['key']

/** The sample row of the template: its name starts with 示例, and the import passes over such a row. */
export const SAMPLE: Record<ColumnKey, string> = {
  name: '示例张三',
  idNumber: '330203194103081232',
  gender: '男',
  birthDate: '1941-03-08',
  celebrates: '公历',
  rank: '一般',
  category: '退休',
  partyMember: '是',
  livesAlone: '否',
  phone: '13805740000',
  address: '桃园街 12 号 3 幢 201 室',
  grid: '桃园一网格',
  workUnit: '市水利局',
  workContact: '刘主任',
  workPhone: '0574-87001234',
  resettled: '否',
  branch: '桃园社区离退休党支部',
}
export const isSample = (name: string) => name.startsWith('示例')

/** The most rows one file may bring (a community's roster, with room to spare). */
export const MAX_ROWS = 2000

/** A cadre's fields as a row gives them (the ones the roster keeps). */
export type RowFields = Pick<
  CadreDoc,
  | 'name'
  | 'gender'
  | 'birthDate'
  | 'celebrates'
  | 'rank'
  | 'category'
  | 'partyMember'
  | 'livesAlone'
  | 'address'
  | 'phone'
  | 'grid'
  | 'resettled'
  | 'workUnit'
  | 'branch'
> & { idNumber: string }

export interface Problem {
  /** The cell, as a spreadsheet names it: "D7". */
  cell: string
  reason: string
}

const letter = (i: number) => String.fromCharCode(65 + i)
export const cellOf = (key: ColumnKey, row: number) => `${letter(COLUMNS.findIndex((c) => c.key === key))}${row}`

/** A real calendar day (2月30日 is not), from 1941-03-08, 1941/3/8, 1941.3.8, 19410308 or a spreadsheet date. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  const s = String(value ?? '').trim()
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The 18th character of a resident ID (GB 11643), from the first 17. */
export const checkCharacter = (first17: string) => CHECK[WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0) % 11]

/** An 18-character resident ID: its check character and its birth date are right. */
export function idNumberProblem(id: string, birthDate: string | null): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为 18 位，最后一位可以是 X'
  if (checkCharacter(id) !== id[17]) return '身份证号不对（校验位对不上），请核对'
  const born = dayOf(id.slice(6, 14))
  if (!born) return '身份证号里的出生日期不是真实的日期'
  if (birthDate && born !== birthDate) return `身份证号里的出生日期是 ${born}，和出生日期对不上`
  return null
}

type Cells = Partial<Record<ColumnKey, unknown>>

const text = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '').trim())

/**
 * One row read: the fields, or every problem found in it (so the person fixes the row once). `today` bounds the
 * birth date: nobody on the roster is younger than 50.
 */
export function readRow(cells: Cells, row: number, today: string): { fields: RowFields } | { problems: Problem[] } {
  const problems: Problem[] = []
  const v = (key: ColumnKey) => text(cells[key])
  const fail = (key: ColumnKey, reason: string) => problems.push({ cell: cellOf(key, row), reason })
  for (const c of COLUMNS) if (c.required && !v(c.key)) fail(c.key, `${c.header}没有填`)
  const pick = <T extends string>(key: ColumnKey, choices: readonly T[]): T | undefined => {
    const value = v(key)
    if (value && !(choices as readonly string[]).includes(value))
      fail(key, `${COLUMNS.find((c) => c.key === key)!.header}只能填：${choices.join('、')}`)
    return (choices as readonly string[]).includes(value) ? (value as T) : undefined
  }
  const name = v('name').replace(/\s+/g, '')
  if (name && (name.length < 2 || name.length > 20)) fail('name', '姓名应为 2 到 20 个字')
  const birthDate = v('birthDate') ? dayOf(cells.birthDate) : null
  if (v('birthDate') && !birthDate) fail('birthDate', '出生日期不是真实的日期，请写成 1941-03-08')
  else if (birthDate && (birthDate < '1900-01-01' || birthDate > `${Number(today.slice(0, 4)) - 50}${today.slice(4)}`))
    fail('birthDate', '出生日期不对：名册上的老人都在 50 岁以上')
  const idNumber = v('idNumber').toUpperCase()
  const idProblem = idNumber ? idNumberProblem(idNumber, birthDate) : null
  if (idProblem) fail('idNumber', idProblem)
  const gender = pick('gender', CHOICES.gender)
  const celebrates = pick('celebrates', CHOICES.celebrates)
  const rank = pick('rank', CHOICES.rank)
  const category = pick('category', CHOICES.category)
  const [partyMember, livesAlone, resettled] = (['partyMember', 'livesAlone', 'resettled'] as const).map((k) => pick(k, CHOICES.yesNo))
  const phone = v('phone').replace(/[\s-]/g, '')
  if (phone && !/^1\d{10}$/.test(phone)) fail('phone', '手机号应为 11 位数字')
  const address = v('address')
  if (address && (address.length < 4 || address.length > 80)) fail('address', '住址应为 4 到 80 个字')
  const workPhone = v('workPhone')
  if (workPhone && !/^[\d-]{7,20}$/.test(workPhone)) fail('workPhone', '原单位电话只能是数字和短横线')
  if ((v('workContact') || workPhone) && !v('workUnit')) fail('workUnit', '写了原单位联系人或电话，请也写原单位')
  for (const [key, most] of [
    ['grid', 20],
    ['workUnit', 40],
    ['branch', 40],
  ] as const)
    if (v(key).length > most) fail(key, `${COLUMNS.find((c) => c.key === key)!.header}最多 ${most} 个字`)
  if (problems.length) return { problems }
  return {
    fields: {
      name,
      idNumber,
      gender: gender!,
      birthDate: birthDate!,
      celebrates: celebrates === '农历' ? 'lunar' : 'solar',
      rank: rank!,
      category: category!,
      partyMember: partyMember === '是',
      livesAlone: livesAlone === '是',
      address,
      ...(phone ? { phone } : {}),
      ...(v('grid') ? { grid: v('grid') } : {}),
      ...(resettled === '是' ? { resettled: true } : {}),
      ...(v('workUnit')
        ? {
            workUnit: {
              name: v('workUnit'),
              ...(v('workContact') ? { contact: v('workContact') } : {}),
              ...(workPhone ? { phone: workPhone } : {}),
            },
          }
        : {}),
      ...(v('branch') ? { branch: v('branch') } : {}),
    },
  }
}

/** A cadre as a row of the export (and of the template's columns). */
export function rowOf(c: CadreDoc): Record<ColumnKey, string> {
  const yesNo = (b: boolean | undefined) => (b ? '是' : '否')
  return {
    name: c.name,
    idNumber: c.idNumber ?? '',
    gender: c.gender,
    birthDate: c.birthDate,
    celebrates: c.celebrates === 'lunar' ? '农历' : '公历',
    rank: c.rank,
    category: c.category,
    partyMember: yesNo(c.partyMember),
    livesAlone: yesNo(c.livesAlone),
    phone: c.phone ?? '',
    address: c.address,
    grid: c.grid ?? '',
    workUnit: c.workUnit?.name ?? '',
    workContact: c.workUnit?.contact ?? '',
    workPhone: c.workUnit?.phone ?? '',
    resettled: yesNo(c.resettled),
    branch: c.branch ?? '',
  }
}
