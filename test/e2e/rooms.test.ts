// 六室一站 in real Chromium on the H5 build: 王建国 asks for the activity room for his old colleagues by taps from
// his home page, 陈静 agrees on the room page, and he sees it lent to him.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('a cadre asks for a room by taps, staff agree, and he sees it lent to him', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^借用活动室/ }).click()
  await page.getByRole('radio', { name: '一楼活动室' }).click()
  await page.getByText('开放 08:00–21:00，能坐 40 人').waitFor()
  const days = page.getByRole('radiogroup', { name: '哪一天' }).getByRole('radio')
  await days.nth(3).click()
  const day = (await days.nth(3).getAttribute('aria-label'))!
  await page.getByRole('radio', { name: '10:00', exact: true }).click()
  await page.getByRole('radio', { name: '2 小时', exact: true }).click()
  await page.locator('[data-testid=room-purpose] input, input[data-testid=room-purpose]').first().fill('老同事下棋')
  await screenshot(page, 'rooms-cadre-asking')
  await page.getByRole('button', { name: '申请借用（社区同意后借定）' }).click()
  await page.getByText(`申请了 ${day} 上午 10:00 到 12:00，社区同意后会发消息给您`).waitFor()

  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^六室一站/ }).click()
  const request = page.locator('.card', { hasText: '老同事下棋' }).first()
  await request.waitFor()
  await request.getByRole('button', { name: '同意', exact: true }).click()
  await page.getByText('同意了王建国（老人申请）的申请').waitFor()

  await pickIdentity(page, cloud.url, '王建国')
  await page.goto(`${cloud.url}/#/packages/rooms/week/index?cadreId=cadre-01&roomId=room-taoyuan-activity`)
  await page.getByText('上午 10:00 到 12:00 · 老同事下棋 · 已借定').waitFor()
})
