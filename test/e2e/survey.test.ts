// 问卷 in real Chromium on the H5 build: 王建国 answers the bureau's three-question survey from his home with taps
// alone — a face, a choice, two choices — checks his answers and hands it in; the bureau then reads the results and
// downloads them as a workbook.
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('a cadre answers a three-question survey with taps alone, and the bureau sees it counted', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  let taps = 0
  const tap = async (name: string | RegExp) => {
    await page.getByRole('button', { name }).first().click()
    taps++
  }
  await tap(/^问卷调查/)
  await tap(/^老干部服务满意度调查/)
  await page.getByText('第 1 题，共 3 题').waitFor()
  await screenshot(page, 'survey-faces')
  await tap('😄 非常满意')
  await page.getByText('第 2 题，共 3 题').waitFor()
  await tap('刚刚好')
  await page.getByText('第 3 题，共 3 题（可以不答）').waitFor()
  await tap('读报')
  await tap('陪同看病')
  await page.getByRole('button', { name: '✓ 陪同看病' }).waitFor()
  await tap('答完了，检查一下')
  await page.getByRole('button', { name: '2. 社区的活动多不多？，刚刚好' }).waitFor()
  await page.getByRole('button', { name: /^3\. .*，读报、陪同看病$/ }).waitFor()
  await screenshot(page, 'survey-check')
  await tap('交卷')
  await page.getByText('交好了，谢谢您！截止前还可以再改。').waitFor()
  // Two taps to open it, five to answer, one to hand it in; no typing anywhere.
  expect(taps).toBe(8)
  expect(await page.locator('input:focus, textarea:focus').count()).toBe(0)

  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^问卷调查/ }).click()
  await page
    .locator('.card', { hasText: '老干部服务满意度调查' })
    .getByText(/已答 2 人/)
    .waitFor()
  await page.locator('.card', { hasText: '老干部服务满意度调查' }).getByRole('button', { name: '看结果' }).click()
  await page.getByText('满意率 100%', { exact: true }).waitFor()
  await page.getByRole('listitem', { name: '非常满意 2 人（100%）' }).waitFor()
  await page.getByText(/王建国 · 本人填的（王建国）/).waitFor()
  await screenshot(page, 'survey-results')
  // The results as a workbook the bureau keeps: the downloaded file opens, and his answer is in it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^导出结果（Excel）/ }).click()])
  expect(download.suggestedFilename()).toBe('问卷-老干部服务满意度调查.xlsx')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '各社区', '答卷'])
  expect(JSON.stringify(wb.getWorksheet('答卷')!.getSheetValues())).toContain('读报、陪同看病')
})
