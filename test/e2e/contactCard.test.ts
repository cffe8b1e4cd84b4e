// 联系卡 in real Chromium on the H5 build: 王建国 opens it from his home page, every number is a button that says
// whom it calls, and 存成图片 gives a PNG picture of the card.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('shows every number as a call button and saves the card as a picture', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^联系卡/ }).click()
  await page.getByRole('button', { name: '社区值班电话：桃园社区，0574-87310000' }).waitFor()
  await page.getByRole('button', { name: '急救 120，120' }).waitFor()
  await screenshot(page, 'contact-card')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^存成图片/ }).click()])
  expect(download.suggestedFilename()).toBe('王建国联系卡.png')
  const png = await download.createReadStream().then(async (s) => {
    const chunks: Buffer[] = []
    for await (const c of s) chunks.push(c as Buffer)
    return Buffer.concat(chunks)
  })
  // A real PNG, as wide as drawn.
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  expect(png.readUInt32BE(16)).toBe(1080)
  await page.getByText('图片做好了').waitFor()
})
