// The roster from and to Excel through the real api function and storage: a 300-row file with 12 bad rows is
// checked (exactly those 12 reported, with the cell and the reason, and nothing written), committed (288 added),
// and imported again (nothing changes); a corrected row updates one cadre and says so in his history; the template
// and the export are real workbooks.
import ExcelJS from 'exceljs'
import { request } from '../../../support/http'
import { STAFF, idNumberFor, rosterCsv, rosterRow, uploadSheet } from '../../../support/arrange'
import { CALLERS } from '../../../support/callers'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { COLUMNS } from '../../../../cloudfunctions/lib/features/roster/sheet.rules'

const ctx = useCloud()
startEachTestFromHere(ctx)

const total = async () => (await ctx.cloud.ok(STAFF, 'cadre.list', {})).total
const workbookAt = async (url: string) => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await request(url)).raw as unknown as ArrayBuffer)
  return wb
}

/** 300 rows: 288 good, and 12 each wrong in one way (row numbers are the spreadsheet's, the header being row 1). */
function fileOf300() {
  const rows = Array.from({ length: 300 }, (_v, i) => {
    const birthDate = `19${30 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
    return rosterRow(`导入老人${i}`, birthDate, i)
  })
  const bad: [number, Record<string, string>, string, string][] = [
    [10, { birthDate: '1941-02-30' }, 'D', '出生日期不是真实的日期'],
    [20, { rank: '处级' }, 'F', '职级只能填'],
    [30, { idNumber: '' }, 'B', '身份证号和第'],
    [40, { phone: '1380574abcd' }, 'J', '手机号应为 11 位数字'],
    [50, { address: '' }, 'K', '住址没有填'],
    [60, { gender: '男性' }, 'C', '性别只能填'],
    [70, {}, 'B', '校验位对不上'],
    [80, { idNumber: idNumberFor('1950-01-01', 80) }, 'B', '和出生日期对不上'],
    [90, { birthDate: '2001-05-05', idNumber: idNumberFor('2001-05-05', 90) }, 'D', '50 岁以上'],
    [100, { celebrates: '阴历' }, 'E', '历法只能填'],
    [110, { partyMember: 'Y' }, 'H', '党员只能填'],
    [120, { workUnit: '市水利局', workPhone: 'abc' }, 'O', '原单位电话只能是数字和短横线'],
  ]
  for (const [i, change] of bad) Object.assign(rows[i], change)
  Object.assign(rows[30], { idNumber: rows[29].idNumber, birthDate: rows[29].birthDate })
  const id70 = rows[70].idNumber
  rows[70].idNumber = id70.slice(0, 17) + (id70[17] === '0' ? '1' : '0')
  return { rows, bad: bad.map(([i, , column, reason]) => ({ row: i + 2, cell: `${column}${i + 2}`, reason })) }
}

it('checks a 300-row file with 12 bad rows, adds the 288 good ones, and adds nothing when the file comes again', async () => {
  const { cloud, refused } = ctx
  const { rows, bad } = fileOf300()
  const before = await total()
  const { ticket } = await uploadSheet(cloud, STAFF, rosterCsv(rows))
  // The check writes nothing (refused() would see a write; here the roster's size says it).
  const checked = await cloud.ok(STAFF, 'roster.import', { ticket, commit: false })
  expect(checked.counts).toEqual({ new: 288, update: 0, unchanged: 0, error: 12, sample: 0 })
  const errors = checked.rows.filter((r) => r.outcome === 'error')
  expect(errors.map((r) => r.row)).toEqual(bad.map((b) => b.row))
  for (const [i, e] of errors.entries()) expect(e.problems).toEqual([{ cell: bad[i].cell, reason: expect.stringContaining(bad[i].reason) }])
  expect(await total()).toBe(before)

  const committed = await cloud.ok(STAFF, 'roster.import', { ticket, commit: true })
  expect(committed).toMatchObject({ committed: true, counts: { new: 288, error: 12 } })
  expect(await total()).toBe(before + 288)

  const again = await cloud.ok(STAFF, 'roster.import', { ticket: (await uploadSheet(cloud, STAFF, rosterCsv(rows))).ticket, commit: true })
  expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 288, error: 12, sample: 0 })
  expect(await total()).toBe(before + 288)

  // One cadre moved: the same file with her new address updates her alone, and her history says by whom.
  rows[5].address = '杏花路 9 号 1 幢 902 室'
  const moved = await cloud.ok(STAFF, 'roster.import', { ticket: (await uploadSheet(cloud, STAFF, rosterCsv(rows))).ticket, commit: true })
  expect(moved.counts).toMatchObject({ new: 0, update: 1, unchanged: 287 })
  expect(moved.rows.find((r) => r.outcome === 'update')).toMatchObject({
    name: '导入老人5',
    changeWords: '住址：桃园街 30 号 2 幢 101 室 → 杏花路 9 号 1 幢 902 室',
  })
  const { cadres } = await cloud.ok(STAFF, 'cadre.list', { keyword: '导入老人5' })
  const { entries } = await cloud.ok(STAFF, 'cadre.history', { cadreId: cadres.find((c) => c.name === '导入老人5')!.id })
  expect(entries.map((e) => [e.what, e.byName])).toEqual([
    ['表格导入', '陈静'],
    ['表格导入：登记', '陈静'],
  ])

  // Someone else's upload, and a file that is not a roster, are refused with nothing written.
  const theirs = await uploadSheet(cloud, CALLERS.staffOther, rosterCsv(rows.slice(0, 2)))
  await refused(STAFF, 'roster.import', { ticket: theirs.ticket, commit: true }, 'FILE_NOT_YOURS')
  const notRoster = await uploadSheet(cloud, STAFF, Buffer.from('名字,年龄\n张三,80\n'))
  await refused(STAFF, 'roster.import', { ticket: notRoster.ticket, commit: true }, 'BAD_INPUT')
})

it('hands out a template with the columns, a sample row the import passes over, and drop-downs; an xlsx filled in imports', async () => {
  const { cloud } = ctx
  const template = await cloud.ok(STAFF, 'roster.template', {})
  expect(template.fileName).toBe('老干部名册-导入模板.xlsx')
  const wb = await workbookAt(template.url)
  const sheet = wb.getWorksheet('老干部名册')!
  expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['姓名', '身份证号', '性别', '出生日期', '历法', '职级', '类别']))
  expect(sheet.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] })
  expect(sheet.getCell('F500').dataValidation).toMatchObject({ type: 'list', formulae: ['"副县级以上,一般"'] })

  // Staff fill in two people under the sample in Excel and import the file as it is.
  const inColumns = (row: Record<string, string>) => COLUMNS.map((c) => row[c.key] ?? '')
  sheet.addRow(inColumns(rosterRow('范文清', '1938-07-01', 501)))
  sheet.addRow(inColumns(rosterRow('郭秀英', '1942-12-12', 502, { celebrates: '农历' })))
  const filled = Buffer.from(await wb.xlsx.writeBuffer())
  const report = await cloud.ok(STAFF, 'roster.import', { ticket: (await uploadSheet(cloud, STAFF, filled, 'xlsx')).ticket, commit: true })
  expect(report.counts).toEqual({ new: 2, update: 0, unchanged: 0, error: 0, sample: 1 })
})

it('exports the roster as a workbook with the chosen filters; the bureau for one community or the whole city', async () => {
  const { cloud } = ctx
  const { cadres } = await cloud.ok(STAFF, 'cadre.list', {})
  const exported = await cloud.ok(STAFF, 'roster.export', { ageBand: '90' })
  expect(exported.fileName).toMatch(/^老干部名册-桃园社区-90岁以上-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const rows = (await workbookAt(exported.url)).getWorksheet('老干部名册')!.getRows(2, exported.count) ?? []
  expect(rows.length).toBe(cadres.filter((c) => c.age >= 90).length)
  expect(rows.every((r) => r.getCell(1).value)).toBe(true)

  const city = await cloud.ok(CALLERS.admin, 'roster.export', {})
  expect(city.fileName).toMatch(/^老干部名册-全市-/)
  expect(city.count).toBeGreaterThan(cadres.length)
  const xinghua = await cloud.ok(CALLERS.admin, 'roster.export', { communityId: 'c-xinghua' })
  expect(xinghua.fileName).toMatch(/^老干部名册-杏花社区-/)
})
