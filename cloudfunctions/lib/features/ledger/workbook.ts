// The 台帐 workbook with exceljs: a sheet per ledger, a styled header row kept in view, columns as wide as their
// contents, photos as links. Loaded through lib/sheets.ts, only when a ledger is exported.
import type { LedgerSheet } from './ledger.rules'

export async function ledgerWorkbook(title: string, sheets: LedgerSheet[]): Promise<Buffer> {
  const excel = await import('exceljs')
  const wb = new (excel.Workbook ?? (excel as unknown as { default: typeof excel }).default.Workbook)()
  wb.creator = '就近'
  wb.title = title
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }))
    const header = ws.getRow(1)
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } }
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFA3231B' } }
    header.alignment = { vertical: 'middle', wrapText: true }
    header.height = 24
    for (const row of s.rows) {
      const added = ws.addRow(row.map((cell) => (typeof cell === 'object' ? { text: cell.text, hyperlink: cell.hyperlink } : cell)))
      added.alignment = { vertical: 'top', wrapText: true }
    }
    // Phones and dates stay as written: Excel would turn 13800000000 into 1.38E+10.
    s.columns.forEach((c, i) => {
      if (/电话/.test(c.header)) ws.getColumn(i + 1).numFmt = '@'
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
