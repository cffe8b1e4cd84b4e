// The 宣传栏 in real Chromium on the H5 build: a daughter posts her father's calligraphy with two photos from the
// phone, staff approve it, and she opens the photos full screen from the board.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { cameraPicture, pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('a daughter posts a calligraphy work with two photos; once approved, its photos open full screen', async () => {
  await pickIdentity(page, cloud.url, '王丽')
  await page.goto(`${cloud.url}/#/packages/share/board/index?cadreId=cadre-01`)
  await page.getByRole('radio', { name: '我的作品' }).click()
  await page.getByRole('radio', { name: '书法' }).click()
  await page.locator('[data-testid=contribution-title] input, input[data-testid=contribution-title]').first().fill('行书《春江花月夜》')
  // A calligraphy work is a picture: it cannot go without a photo.
  await page.getByText('书法、绘画、摄影作品请先加一张照片').waitFor()
  const [album] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^添加照片/ }).click()])
  await album.setFiles([
    { name: 'work-1.jpg', mimeType: 'image/jpeg', buffer: await cameraPicture(page, 1800, 2400, '春江') },
    { name: 'work-2.jpg', mimeType: 'image/jpeg', buffer: await cameraPicture(page, 1200, 900, '花月') },
  ])
  await page.getByText('✓ 已传好').nth(1).waitFor()
  await page.getByRole('button', { name: '交给社区审核' }).click()
  await page.getByText('交上去了，社区审核后就上宣传栏').waitFor()

  const { pending } = await cloud.ok('demo-staff-chenjing', 'contribution.review', {})
  const work = pending.find((c) => c.title === '行书《春江花月夜》')!
  expect(work.photos.map((p) => Boolean(p.url))).toEqual([true, true])
  await cloud.ok('demo-staff-chenjing', 'contribution.decide', { contributionId: work.id, approve: true })

  await page.reload()
  const card = page.locator('.card', { hasText: '行书《春江花月夜》' }).first()
  await card.getByTestId('record-photo').first().click()
  const viewer = page.locator('.preview-image')
  await viewer.waitFor()
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.preview-image img')
    return Boolean(img?.complete && img.naturalWidth > 0)
  })
  await screenshot(page, 'share-work-photo-full-screen')
  await viewer.click()
  await viewer.waitFor({ state: 'detached' })
})
