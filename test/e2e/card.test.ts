// The service card in real Chromium on the H5 build: the cadre reads what he has left, staff record money his
// daughter paid in, and the daughter reads the new figure on her father's page; a large adjustment needs a
// second staff member, and the monthly statement downloads as a table.
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, pickOnWheel, screenshot, useJourney } from '../support/browser'
import { hostNow } from '../support/clock'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('the cadre, staff and family see the same card, and a top-up shows at once', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^我的服务卡/ }).click()
  // 500 + 200 − 12 spent − 15 held, from the demo data.
  await page.getByText('673.00', { exact: true }).waitFor()
  await page.getByText('另有 15.00 元为已约好的服务冻结').waitFor()
  await page.getByText('助餐送餐 已扣 12.00 元').waitFor()
  await screenshot(page, 'card-cadre')

  await pickIdentity(page, cloud.url, '陈静')
  await page.goto(`${cloud.url}/#/packages/family/cadre/index?id=cadre-01`)
  await page.getByRole('button', { name: '服务卡（充值、退款）' }).click()
  await page.locator('[data-testid=amount] input').fill('100')
  await page.locator('[data-testid=receipt] input').fill('A2026-200')
  await page.getByRole('button', { name: '登记充值' }).click()
  await page.getByText('已登记充值 100 元，现在还可以用 773.00 元').waitFor()
  await screenshot(page, 'card-staff-topup')

  await pickIdentity(page, cloud.url, '王丽')
  await page.getByRole('button', { name: /^王建国/ }).click()
  await page.waitForURL(/packages\/family\/cadre/)
  // Until the home page has slid away (slow on a busy machine) both pages show a 服务卡 button: the cadre page's is the newer.
  await page.getByRole('button', { name: '服务卡', exact: true }).last().click()
  await page.getByText('773.00', { exact: true }).waitFor()
  await page.getByText('收据 A2026-200 充值 100.00 元').waitFor()
})

it('a large adjustment waits for a second staff member, who approves it; the month’s statement downloads as a table', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.goto(`${cloud.url}/#/packages/account/card/index?cadreId=cadre-01&staff=1`)
  await page.getByRole('radio', { name: '增加' }).click()
  await page.locator('[data-testid=adjust-amount] input').fill('300')
  await page.locator('[data-testid=adjust-reason] input').fill('补发春节慰问金')
  await page.getByRole('button', { name: '增加余额' }).click()
  await page.getByText('增加 300 元金额较大，已交给另一位工作人员审批').waitFor()

  await pickIdentity(page, cloud.url, '黄伟')
  await page.goto(`${cloud.url}/#/packages/staff/cards/index`)
  await page.getByRole('button', { name: /^调整审批/ }).click()
  await page.getByText('王建国 增加 300.00 元').waitFor()
  await screenshot(page, 'card-adjustments')
  // Newest first: the approve button of 陈静's request is the first one on the page.
  await page.getByRole('button', { name: '批准' }).first().click()
  await page.getByText('王建国 增加 300.00 元：已批准').waitFor()

  await page.goto(`${cloud.url}/#/packages/account/card/index?cadreId=cadre-01&staff=1`)
  await page.getByText('1073.00', { exact: true }).waitFor()
  await page.getByText('社区调整（补发春节慰问金） 增加 300.00 元').waitFor()

  await page.goto(`${cloud.url}/#/packages/staff/statement/index`)
  await page.getByText('全社区合计').waitFor()
  await screenshot(page, 'card-statement')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^导出表格/ }).click()])
  expect(download.suggestedFilename()).toMatch(/^服务卡台帐-\d{4}-\d{2}\.csv$/)
  const file = await download.path()
  const csv = fs.readFileSync(file, 'utf8')
  expect(csv).toMatch(/^\uFEFF桃园社区 服务卡月度台帐/)
  expect(csv).toContain('王建国,')

  // Any earlier month is turned to on the wheel.
  const month = hostNow().toISOString().slice(0, 4) + '-01'
  await pickOnWheel(page, '看哪个月', month)
  await page.getByRole('button', { name: new RegExp(`^看哪个月 ${month.slice(0, 4)}年1月 `) }).waitFor()
  await page.getByText('全社区合计').waitFor()
})
