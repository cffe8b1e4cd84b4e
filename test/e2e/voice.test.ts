// 意见建议 in real Chromium on the H5 build: a daughter tells the community of a broken corridor light from her
// home page, 陈静 answers and finishes it on the desk, and the daughter reads the answer and rates it.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

const SAID = '电梯里的扶手松了，老人扶着不放心，麻烦社区找物业修一修。'

it('a daughter’s opinion is answered and finished by staff, and she rates the answer', async () => {
  await pickIdentity(page, cloud.url, '王丽')
  await page
    .getByRole('button', { name: /^意见建议/ })
    .first()
    .click()
  await page.getByRole('radio', { name: '意见' }).click()
  await page.getByText('社区哪里做得不好（7 天内答复）').waitFor()
  await page.locator('[data-testid=voice-text] textarea, textarea[data-testid=voice-text]').first().fill(SAID)
  await page.getByRole('button', { name: '发给社区' }).click()
  await page.getByText('发给社区了，社区会在 7 天内答复办结').waitFor()
  await page
    .locator('.card', { hasText: SAID })
    .getByText(/待受理 · 还有 7 天办结/)
    .waitFor()

  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^意见建议办理/ }).click()
  const answer = page.locator('.voice-answer', { hasText: SAID })
  await answer.locator('[data-testid=voice-reply] textarea, textarea[data-testid=voice-reply]').first().fill('物业今天下午已经把扶手紧好了')
  await screenshot(page, 'voice-desk-answering')
  await answer.getByRole('button', { name: '答复并办结' }).click()
  await page.getByText('王建国的意见已办结，答复已发给老人和家属').waitFor()

  await pickIdentity(page, cloud.url, '王丽')
  await page.goto(`${cloud.url}/#/packages/voice/list/index?cadreId=cadre-01`)
  const mine = page.locator('.card', { hasText: SAID })
  await mine.getByText(/✔ 办结答复（社区 陈静/).waitFor()
  await page.getByRole('radio', { name: '满意', exact: true }).click()
  await page.getByRole('button', { name: '提交评价' }).click()
  await page.getByText('谢谢您的评价').waitFor()
  await mine.getByText('已评价：满意').waitFor()
})
