// 一键通 in real Chromium on the H5 build: the cadre presses the button, sees the countdown and lets it run out;
// the call is stored and the family told; staff see it on the duty console and answer; the daughter reads
// "社区已响应" on her father's page.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { phone, pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('the cadre presses 一键求助, staff answer on the console, and the daughter sees 社区已响应', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^一键求助/ }).click()
  await page.getByText('秒后呼叫社区、通知家人').waitFor()
  // While it counts down the tab bar is hidden: a tap elsewhere cannot leave the page with the call still coming.
  await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'hidden' })
  await screenshot(page, 'sos-countdown')
  // 取消 stops it; nothing is sent, and the screen says so.
  await page.getByRole('button', { name: '取消求助' }).click()
  await page.getByRole('button', { name: /^一键求助/ }).waitFor()
  await page.getByText('已取消，没有呼叫。').waitFor()
  await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'visible' })
  expect((await cloud.ok('demo-staff-chenjing', 'sos.console', {})).events).toEqual([])

  await page.getByRole('button', { name: /^一键求助/ }).click()
  await page.getByText(/已发出求助，正在通知家属/).waitFor({ timeout: 15_000 })
  await page.getByText(/的求助：正在通知家属/).waitFor()
  await screenshot(page, 'sos-raised')

  // The cadre's page has just dialled the duty line (a desktop browser notes the number instead of dialling).
  await page.locator('body[data-dialled^="0574"]').waitFor({ state: 'attached' })
  const staff = await phone(journey.browser)
  await pickIdentity(staff, cloud.url, '陈静')
  await staff.getByRole('button', { name: /^一键通值班台/ }).click()
  await staff.getByText(/王建国 · .* · 正在通知家属/).waitFor()
  await staff.getByText('住址：桃园街 12 号 3 幢 201 室').waitFor()
  await staff.getByText('健康：半自理；高血压、冠心病；少盐，不吃肥肉').waitFor()
  await staff.getByRole('button', { name: /^1\. 打给家属 王丽/ }).waitFor()
  await screenshot(staff, 'sos-console')
  await staff.getByRole('button', { name: /^我来处理/ }).click()
  await staff.getByText('已响应王建国的求助').waitFor()

  const daughter = await phone(journey.browser)
  await pickIdentity(daughter, cloud.url, '王丽')
  // The unread count (the call for help among it) sits beside 我的, not on its word.
  const badge = daughter.locator('.taro-tabbar-badge')
  await badge.waitFor()
  await screenshot(daughter, 'home-family-unread')
  const overlaps = await daughter.evaluate(() => {
    const mark = document.querySelector('.taro-tabbar-badge')!.getBoundingClientRect()
    const label = Array.from(document.querySelectorAll('.weui-tabbar__label')).find((l) => l.textContent === '我的')!
    const text = document.createRange()
    text.selectNodeContents(label)
    const word = text.getBoundingClientRect()
    return mark.left < word.right && mark.right > word.left && mark.top < word.bottom && mark.bottom > word.top
  })
  expect(overlaps).toBe(false)
  await daughter.goto(`${cloud.url}/#/packages/family/cadre/index?id=cadre-01`)
  await daughter.getByText(/的求助：社区已响应（陈静）/).waitFor()
  await screenshot(daughter, 'sos-family-sees-answer')
})

it('the cadre who pressed by mistake says 我没事了, and everyone already told hears so', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^一键求助/ }).click()
  await page.getByText(/已发出求助，正在通知家属/).waitFor({ timeout: 15_000 })
  await page.getByRole('button', { name: /^我没事了（误按）/ }).click()
  await page.getByText('好的，已告诉家人和社区：没事了，是误按。').waitFor()
  await page.getByRole('button', { name: /^我没事了（误按）/ }).waitFor({ state: 'detached' })
  await screenshot(page, 'sos-false-alarm')
  const { messages } = await cloud.ok('demo-family-wangli', 'message.list', {})
  expect(messages[0]).toMatchObject({ title: '没事了：王建国' })
})
