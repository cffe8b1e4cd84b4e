// The bureau's figures in real Chromium on the H5 build: the city's communities ranked as bars, the twelve months
// drawn as a chart that changes with the figure and turns into a table, the city's 台帐 for the year downloaded
// and opened, one community opened; staff see their own community's month.
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import type { Locator } from 'playwright-core'
import { eventually, pickIdentity, screenshot, useJourney } from '../support/browser'
import { SHEETS } from '../../cloudfunctions/lib/features/ledger/ledger.rules'

const journey = useJourney()

/** What the chart's canvas holds: how many pixels are drawn (not white) and a fingerprint of the picture. */
const drawing = (chart: Locator) =>
  chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let inked = 0
    let print = 0
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] + data[i + 1] + data[i + 2] < 600) {
        inked++
        print = (print * 31 + i) % 1_000_000_007
      }
    }
    return { inked, print }
  })

it('the bureau ranks the communities by a figure, switches the figure, downloads the year’s 台帐 and opens one community', async () => {
  const { cloud, page } = journey
  await cloud.post('/__cloud/timers/minutely')
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^全市数字/ }).click()
  await page.getByRole('group', { name: '各社区排名' }).waitFor()
  await page.getByRole('radiogroup', { name: '看哪个指标' }).getByRole('radio', { name: '在册老干部' }).click()
  const taoyuan = page.getByRole('group', { name: '各社区排名' }).getByRole('button', { name: /^桃园社区（海曙区） \d+ 人$/ })
  await taoyuan.waitFor()
  // The months as a line, labelled with every number; another figure draws another line.
  const rosterChart = page.getByRole('img', { name: /^在册老干部十二个月的走势：.*\d+ 人/ })
  await rosterChart.scrollIntoViewIfNeeded()
  const rosterPicture = await eventually(
    () => drawing(rosterChart),
    (d) => d.inked > 500,
  )
  expect(rosterPicture.inked).toBeGreaterThan(500)
  await screenshot(page, 'stats-city-chart')
  const services = page.getByRole('img', { name: /^各项服务的预约：/ })
  await services.scrollIntoViewIfNeeded()
  expect(
    (
      await eventually(
        () => drawing(services),
        (d) => d.inked > 500,
      )
    ).inked,
  ).toBeGreaterThan(500)
  await screenshot(page, 'stats-city-pie')
  await page.getByRole('radiogroup', { name: '看哪个指标' }).getByRole('radio', { name: '走访次数' }).click()
  const visitsChart = page.getByRole('img', { name: /^走访次数十二个月的走势：/ })
  const visitsPicture = await eventually(
    () => drawing(visitsChart),
    (d) => d.inked > 500 && d.print !== rosterPicture.print,
  )
  expect(visitsPicture.print).not.toBe(rosterPicture.print)
  // The same numbers as a table, for screen readers and old phones; the choice is kept.
  await page
    .getByRole('button', { name: /^看成表格，/ })
    .first()
    .click()
  await page.getByRole('list', { name: '走访次数十二个月的走势' }).waitFor()
  await page
    .getByRole('button', { name: /^看成图，/ })
    .first()
    .click()
  await visitsChart.waitFor()
  await page.getByRole('radiogroup', { name: '看哪个指标' }).getByRole('radio', { name: '在册老干部' }).click()
  await page.getByRole('group', { name: '各社区排名' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'stats-city')

  // The whole city's 台帐 for the year, opened as Excel would.
  await page.getByRole('radiogroup', { name: '导出哪段时间' }).getByRole('radio', { name: '这一年' }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^导出台帐（Excel）/ }).click()])
  expect(download.suggestedFilename()).toMatch(/^台帐-全市-\d{4}年\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS).map((x) => x.name))
  const roster = wb.getWorksheet('老干部名册')!.getSheetValues() as unknown[][]
  expect(roster.some((r) => r?.[1] === '桃园社区' && r?.[2] === '王建国')).toBe(true)
  await page.getByText(/已导出“台帐-全市-\d{4}年\.xlsx”：老干部名册 \d+ 行/).waitFor()
  await screenshot(page, 'stats-ledger-export')

  await taoyuan.click()
  await page.getByRole('heading', { name: '桃园社区数字' }).waitFor()
  // The city's page stays underneath (a page stack, as in WeChat): the community's is the last one.
  await page
    .getByText(/^在册 \d+ 人：离休 \d+，退休 \d+/)
    .last()
    .waitFor()
  await screenshot(page, 'stats-community')
})

it('staff open their own community’s figures from the home page', async () => {
  const { cloud, page } = journey
  await pickIdentity(page, cloud.url, '林丽')
  await page.getByRole('button', { name: /^本社区数字/ }).click()
  await page.getByRole('heading', { name: '杏花社区数字' }).waitFor()
  await page.getByText(/^报来的住院、大事、特殊情况 \d+ 件/).waitFor()
})
