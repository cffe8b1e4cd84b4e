// The service card in real Chromium on the H5 build: the cadre reads what he has left, staff record money his
// daughter paid in, and the daughter reads the new figure on her father's page.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

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
  await page.getByRole('button', { name: '服务卡', exact: true }).click()
  await page.getByText('773.00', { exact: true }).waitFor()
  await page.getByText('收据 A2026-200 充值 100.00 元').waitFor()
})
