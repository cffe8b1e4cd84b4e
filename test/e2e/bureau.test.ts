// The bureau's side in real Chromium on the H5 build: it joins two communities in one party branch by taps (the
// communities first, then their party members), sends a study material to one community only, and reviews the
// self-assessment 杏花 handed in, which names 杏花 for the year.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, tab, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('the bureau sets up a party branch across two communities by tapping the communities and then their members', async () => {
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^离退休党支部/ }).click()
  const across = page.getByRole('group', { name: /支部跨的社区/ })
  await across.getByRole('button', { name: /^桃园社区/ }).click()
  await across.getByRole('button', { name: /^杏花社区/ }).click()
  await across.getByRole('button', { name: /^✓ 已选 杏花社区/ }).waitFor()
  const members = page.getByRole('group', { name: /哪些党员/ })
  await members.getByRole('button', { name: '王建国（桃园社区）' }).click()
  await members.getByRole('button', { name: '马国栋（杏花社区）' }).click()
  await page.getByRole('radio', { name: '马国栋（杏花社区）' }).click()
  await page.locator('[data-testid=branch-name] input').fill('桃园杏花联合党支部')
  await screenshot(page, 'branch-across-communities')
  await page.getByRole('button', { name: '建立支部' }).click()
  await page.getByText('建好了：桃园杏花联合党支部，党员 2 人').waitFor()
  await page.locator('.card', { hasText: '桃园杏花联合党支部' }).getByText('桃园社区、杏花社区 · 党员 2 人 · 书记 马国栋').waitFor()
})

it('the bureau sends a study material to 杏花 only: 杏花’s staff find it, 桃园’s do not', async () => {
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^发学习资料/ }).click()
  await page.getByRole('button', { name: /^发布资料/ }).click()
  await page.locator('[data-testid=material-title] input').fill('杏花片区红色故事')
  await page
    .locator('[data-testid=material-body] textarea, textarea[data-testid=material-body]')
    .first()
    .fill('杏花片区的老党员讲过去的故事。')
  await page.getByRole('radio', { name: '选几个社区' }).click()
  await page
    .getByRole('group', { name: /哪些社区/ })
    .getByRole('button', { name: /^杏花社区/ })
    .click()
  await page.getByRole('button', { name: '发布资料', exact: true }).click()
  await page.getByText('已发布“杏花片区红色故事”').waitFor()

  // 杏花's staff find it among theirs, marked as the bureau's; 桃园's list their own and not it.
  const desk = async (who: string) => {
    await pickIdentity(page, cloud.url, who)
    await tab(page, '活动')
    await page.getByRole('button', { name: /^学习资料/ }).click()
  }
  await desk('林丽')
  await page.locator('.card', { hasText: '杏花片区红色故事' }).waitFor()
  await desk('陈静')
  await page.locator('.card', { hasText: '离退休干部党支部学习制度' }).waitFor()
  expect(await page.getByText('杏花片区红色故事').count()).toBe(0)
})

it('the bureau reviews 杏花’s self-assessment, and 杏花 is named for the year', async () => {
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^考核与满意度/ }).click()
  const xinghua = page.locator('.card', { hasText: '杏花社区' })
  await xinghua.getByText('已交，等局里评审').waitFor()
  await xinghua.click()
  await page.getByText('每月第一个周五集中学习，台帐齐全').waitFor()
  await page.locator('[data-testid=review-i1] input').fill('10')
  await page.locator('[data-testid=review-i9] input').fill('8')
  await page.locator('[data-testid=review-i10] input').fill('5')
  await screenshot(page, 'assessment-review')
  await page.getByRole('button', { name: /^评审完成/ }).click()
  await page
    .getByText(/98 分，达到 85 分：命名为 \d{4} 年度“四就近服务社区”/)
    .first()
    .waitFor()

  await pickIdentity(page, cloud.url, '林丽')
  await page.getByText(/🏅 \d{4} 年度“四就近服务社区”/).waitFor()
})
