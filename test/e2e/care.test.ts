// The care profile in real Chromium on the H5 build: staff record a cadre's written consent and his health;
// the daughter fills in his habits; the grandson, whose link has no health access, sees none; the bureau
// reads in the access log exactly who looked.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { phone, pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

/** Taro's text box is a custom element named by its label, with the real box inside (or the box itself named). */
const fill = (p: Page, label: string, value: string) =>
  p.locator(`[aria-label="${label}"]`).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first().fill(value)
const profile = (cadreId: string) => `${cloud.url}/#/packages/care/profile/index?cadreId=${cadreId}`

it('staff record consent and health, family keep the habits, and the bureau sees who read what', async () => {
  // 张德福 has a profile but no consent yet: staff record his signed consent, then his health.
  await pickIdentity(page, cloud.url, '陈静')
  await page.goto(profile('cadre-03'))
  await page.getByText('老人本人还没有同意登记健康信息').waitFor()
  await page.getByRole('radio', { name: '监护人书面签字' }).click()
  await page.getByRole('button', { name: '记录老人的书面同意' }).click()
  await page.getByText(/监护人书面签字（陈静记录）/).waitFor()
  await page.getByRole('button', { name: '登记健康信息' }).click()
  await page.getByRole('radio', { name: '不能自理' }).click()
  await fill(page, '慢性病（用顿号隔开）', '帕金森、高血压')
  await fill(page, '饮食禁忌', '流食为主')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText('慢性病：帕金森、高血压').waitFor()
  await page.getByText('自理能力：不能自理').waitFor()
  await screenshot(page, 'care-staff-profile')

  // 王丽 opens her father's profile from his page and writes down his habits.
  const daughter = await phone(journey.browser)
  await pickIdentity(daughter, cloud.url, '王丽')
  await daughter.goto(`${cloud.url}/#/packages/family/cadre/index?id=cadre-01`)
  await daughter.getByRole('button', { name: /^照护档案/ }).click()
  await daughter.getByText('慢性病：高血压、冠心病').waitFor()
  await daughter.getByText('身份证号：330203********1232').waitFor()
  await daughter.getByRole('button', { name: '修改档案' }).click()
  await fill(daughter, '生活习惯', '早上六点打太极，饭后散步半小时')
  await daughter.getByRole('button', { name: '保存' }).click()
  await daughter.getByText('早上六点打太极，饭后散步半小时').waitFor()
  await screenshot(daughter, 'care-family-profile')

  // 王小军's link does not include health: he sees the numbers to call, not the health record.
  const grandson = await phone(journey.browser)
  await pickIdentity(grandson, cloud.url, '王小军')
  await grandson.goto(profile('cadre-01'))
  await grandson.getByText(/健康信息只有社区工作人员、责任医生和获授权的家属可以看/).waitFor()
  expect(await grandson.getByText('高血压').count()).toBe(0)

  // The bureau: phones masked; 张德福's log names 陈静's reads of his health, and the whole log lists them too.
  const bureau = await phone(journey.browser)
  await pickIdentity(bureau, cloud.url, '老干部局 管理员')
  await bureau.goto(profile('cadre-01'))
  await bureau.getByText('电话：138****1234').waitFor()
  await bureau.goto(profile('cadre-03'))
  await bureau.getByRole('button', { name: '敏感信息查看记录' }).click()
  await bureau
    .getByText(/陈静（社区工作人员）/)
    .first()
    .waitFor()
  await bureau.getByText('看了张德福的自理能力、慢性病、饮食禁忌').first().waitFor()
  await bureau.goto(`${cloud.url}/#/packages/care/accessLog/index`)
  await bureau.getByText('看了张德福的自理能力、慢性病、饮食禁忌').first().waitFor()
  await screenshot(bureau, 'care-access-log')
})
