// The roster's workbooks, with exceljs: the template to fill in (columns, a sample row, drop-downs for the choice
// columns, a sheet of instructions), reading a filled file (xlsx, or csv as Excel saves it — UTF-8 or GBK), and the
// export. exceljs is loaded only by the actions that need it, so the other actions' cold start does not carry it.
import type { Workbook, Worksheet } from 'exceljs'
import { COLUMNS, MAX_ROWS, SAMPLE, SHEET_NAME, rowOf, type ColumnKey } from './sheet.rules'
import type { CadreDoc } from '../people/docs'

async function newWorkbook(): Promise<Workbook> {
  // exceljs is CommonJS: under an ES import its exports arrive as `default`.
  const excel = await import('exceljs')
  const wb = new (excel.Workbook ?? (excel as unknown as { default: typeof excel }).default.Workbook)()
  wb.creator = '就近'
  return wb
}

/** The header row: bold, kept in view while scrolling, each column as wide as its contents need. */
function addRosterSheet(wb: Workbook): Worksheet {
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }))
  ws.getRow(1).font = { bold: true }
  // Numbers that look like numbers (ID numbers, phones) stay text: Excel would turn 18 digits into 3.3E+17.
  for (const key of ['idNumber', 'phone', 'workPhone', 'birthDate'] as const) ws.getColumn(key).numFmt = '@'
  return ws
}

export async function templateWorkbook(): Promise<Buffer> {
  const wb = await newWorkbook()
  const ws = addRosterSheet(wb)
  ws.addRow(SAMPLE)
  COLUMNS.forEach((c, i) => {
    if (!('choices' in c)) return
    const column = String.fromCharCode(65 + i)
    for (let row = 2; row <= MAX_ROWS + 1; row++)
      ws.getCell(`${column}${row}`).dataValidation = {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: c.header,
        error: `${c.header}只能选：${c.choices.join('、')}`,
      }
  })
  const help = wb.addWorksheet('填写说明')
  help.getColumn(1).width = 90
  for (const line of [
    '一行一位老人。第 2 行是示例（姓名以“示例”开头的行导入时跳过），可以照着填，填完删掉也行。',
    '身份证号是认人的依据：同一个身份证号再导入一次，只更新改了的内容，不会多出一位老人。',
    '出生日期写成 1941-03-08；历法选“农历”的，农历生日由系统按出生日期算出，如老人记得农历生日，导入后在老人页面上改。',
    '性别、历法、职级、类别、党员、独居、异地安置从下拉里选。手机可以不填（没有手机的老人也要登记）。',
    '导入时先“检查”：每一行写明是新登记、要更新、没有变化还是有错（哪一格、为什么）；确认无误再“导入”。',
  ])
    help.addRow([line])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Excel saves csv in the system's encoding: UTF-8 (with or without a BOM) or, on Chinese Windows, GBK. */
function csvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

export interface SheetRow {
  row: number
  cells: Partial<Record<ColumnKey, unknown>>
}

/**
 * The rows of the first sheet (or the csv), by header: columns may be in any order, extra columns are ignored;
 * empty rows are skipped. Answers the headers it could not find, if any required one is missing.
 */
export async function readSheet(bytes: Buffer, type: 'xlsx' | 'csv'): Promise<{ rows: SheetRow[]; missing: string[] }> {
  const wb = await newWorkbook()
  if (type === 'xlsx') await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  else {
    const { Readable } = await import('node:stream')
    // Every cell as written: exceljs would turn an 18-digit ID number into an imprecise number, and dates into Dates.
    await wb.csv.read(Readable.from([csvText(bytes)]), { map: (value: unknown) => value } as never)
  }
  const ws = wb.getWorksheet(SHEET_NAME) ?? wb.worksheets[0]
  if (!ws) return { rows: [], missing: COLUMNS.filter((c) => c.required).map((c) => c.header) }
  const at = new Map<number, ColumnKey>()
  ws.getRow(1).eachCell((cell, col) => {
    const column = COLUMNS.find((c) => c.header === String(cell.value ?? '').trim())
    if (column) at.set(col, column.key)
  })
  const found = new Set(at.values())
  const missing = COLUMNS.filter((c) => c.required && !found.has(c.key)).map((c) => c.header)
  const rows: SheetRow[] = []
  ws.eachRow((r, row) => {
    if (row === 1) return
    const cells: SheetRow['cells'] = {}
    r.eachCell((cell, col) => {
      const key = at.get(col)
      if (key) cells[key] = cellValue(cell.value)
    })
    if (Object.values(cells).some((v) => String(v ?? '').trim() !== '')) rows.push({ row, cells })
  })
  return { rows, missing }
}

/** A cell's own value: rich text joined, a formula's result, a hyperlink's text. */
function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: string }
    if (o.richText) return o.richText.map((t) => t.text).join('')
    if ('result' in o) return o.result
    if (o.text !== undefined) return o.text
  }
  return v
}

export async function rosterWorkbook(cadres: readonly CadreDoc[]): Promise<Buffer> {
  const wb = await newWorkbook()
  const ws = addRosterSheet(wb)
  for (const c of cadres) ws.addRow(rowOf(c))
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
