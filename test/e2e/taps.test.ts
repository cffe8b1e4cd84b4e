// Taps as a person would make them, counted from the cadre's home in real Chromium: booking again a service done
// for him before takes at most three (here: 再约一次 → 确定预约).
import type { Locator } from 'playwright-core'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()

it('王建国 books the meal delivery again from his home in two taps', async () => {
  const { cloud, page } = journey
  await pickIdentity(page, cloud.url, '王建国')
  let taps = 0
  const tap = async (target: Locator) => {
    await target.click()
    taps++
  }
  // The card says the next free time in words before anything is pressed.
  const again = page.getByRole('button', { name: /^再约一次助餐送餐，.+ 有空 · 上次是周兰$/ })
  await again.waitFor()
  await again.scrollIntoViewIfNeeded()
  await screenshot(page, 'home-book-again')
  await tap(again)
  await page.getByText('第三步：请核对').waitFor()
  await tap(page.getByRole('button', { name: /^确定预约/ }))
  await page.getByText(/约好了！|已经交给社区安排/).waitFor()
  expect(taps).toBeLessThanOrEqual(3)
  expect(taps).toBe(2)
})
