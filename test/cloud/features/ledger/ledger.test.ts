// The 台帐 workbook through the real api function and storage: a sheet per ledger with a styled, frozen header,
// the month's visit in the 走访慰问台帐 with its photo as a link, the roster; the bureau's year for the whole city;
// staff of another community refused.
import { request } from '../../../support/http'
import { sheetRows as texts, workbookAt } from '../../../support/workbook'
import { STAFF, uploadPhoto } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { hostNow } from '../../../support/clock'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { monthOf } from '../../../../cloudfunctions/lib/features/stats/figures.rules'
import { SHEETS } from '../../../../cloudfunctions/lib/features/ledger/ledger.rules'

const ctx = useCloud()
startEachTestFromHere(ctx)

it('exports the month’s 台帐 for a community: every ledger a sheet, the visit with its photo, the roster', async () => {
  const { cloud, refused } = ctx
  const month = monthOf(hostNow())
  const { ticket } = await uploadPhoto(cloud, STAFF)
  await cloud.ok(STAFF, 'visit.record', {
    cadreId: TARGET_CADRE,
    day: `${month}-01`,
    visitors: '陈静',
    gifts: '牛奶',
    notes: '台帐测试：精神很好',
    photos: [ticket],
  })
  const file = await cloud.ok(STAFF, 'ledger.export', { period: 'month', month })
  const [y, m] = month.split('-').map(Number)
  expect(file.fileName).toBe(`台帐-桃园社区-${y}年${m}月.xlsx`)
  const wb = await workbookAt(file.url)
  expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS).map((s) => s.name))
  const visits = wb.getWorksheet('走访慰问台帐')!
  expect(visits.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  expect(visits.getRow(1).font?.bold).toBe(true)
  const at = texts(visits).findIndex((r) => r.includes('台帐测试：精神很好'))
  const row = texts(visits)[at]
  expect(row.slice(0, 6)).toEqual([`${y}年${m}月1日`, '桃园社区', '王建国', '陈静', '牛奶', '台帐测试：精神很好'])
  expect(row[6]).toBe('照片 1 张')
  const link = visits.getRow(at + 2).getCell(7).value as { hyperlink: string }
  expect((await request(link.hyperlink)).status).toBe(200)
  expect(texts(wb.getWorksheet('老干部名册')!).map((r) => r[1])).toContain('王建国')
  expect(file.sheets.find((s) => s.name === '走访慰问台帐')!.rows).toBeGreaterThan(0)

  await refused(CALLERS.staffOther, 'ledger.export', { period: 'month', month, communityId: 'c-taoyuan' }, 'FORBIDDEN')
})

it('exports the whole city’s year for the bureau, each row saying its community', async () => {
  const year = monthOf(hostNow()).slice(0, 4)
  const file = await ctx.cloud.ok(CALLERS.admin, 'ledger.export', { period: 'year', month: `${year}-06` })
  expect(file.fileName).toBe(`台帐-全市-${year}年.xlsx`)
  const roster = texts((await workbookAt(file.url)).getWorksheet('老干部名册')!)
  expect(new Set(roster.map((r) => r[0]))).toEqual(new Set(['桃园社区', '杏花社区']))
})
