// Opens a workbook an action handed over (by its temporary address) and reads a sheet's rows below the header.
import ExcelJS from 'exceljs'
import { request } from './http'

export async function workbookAt(url: string) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await request(url)).raw as unknown as ArrayBuffer)
  return wb
}

/** The rows under the header, each cell as its text (a link's text, not the link). */
export const sheetRows = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(2)
    .map((r) => (r as unknown[]).slice(1).map((c) => (c && typeof c === 'object' && 'text' in c ? (c as { text: string }).text : c)))
