// The binding journey in real Chromium on the H5 build: a family member asks to bind her mother-in-law by
// name and phone digits, the cadre approves on her home page, and the family member then sees her.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, pickOnWheel, screenshot, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('family requests, the cadre approves, the family sees the cadre', async () => {
  await pickIdentity(page, cloud.url, '刘洋')
  await page.getByText('如果您是老人的家属').waitFor()
  await screenshot(page, 'home-newcomer')

  await page.getByRole('button', { name: '绑定家中老人' }).click()
  // His name is known here already (the demo picker's account): the form does not ask it again.
  await page.getByText('申请人：刘洋').waitFor()
  expect(await page.getByText('您的姓名', { exact: true }).count()).toBe(0)
  await page.locator('[data-testid=requesterPhone] input').fill('13600005555')
  await page.getByRole('radio', { name: '子女' }).click()
  await page.locator('[data-testid=cadreName] input').fill('李秀英')
  await page.locator('[data-testid=phoneLast4] input').fill('5678')
  await screenshot(page, 'bind-form')
  await page.getByRole('button', { name: '提交申请' }).click()
  await page.getByText('已向 李秀英 发出绑定申请').waitFor()
  await screenshot(page, 'bind-sent')
  // Waiting is not a dead end: home says whom to ask, with the community's number.
  await page.getByRole('button', { name: '回到首页' }).click()
  await page.getByText('请李秀英打开“就近”，在首页点“同意”；或者打电话给桃园社区，请工作人员确认。').waitFor()
  await page.getByRole('button', { name: /^打电话给桃园社区/ }).waitFor()
  await screenshot(page, 'home-newcomer-waiting')

  await pickIdentity(page, cloud.url, '李秀英')
  await page.getByText('刘洋（子女）').waitFor()
  // An elder tells his son from a stranger who knows his name by the number and the moment they asked.
  await page.getByText(/^手机 136\*\*\*\*5555 · \d{1,2}月\d{1,2}日 \d{2}:\d{2} 申请$/).waitFor()
  await screenshot(page, 'home-cadre-approval')
  await page.getByRole('button', { name: '同意', exact: true }).click()
  await page.getByText('刘洋（子女）').waitFor({ state: 'detached' })

  await pickIdentity(page, cloud.url, '刘洋')
  await page.getByText('我照顾的老人').waitFor()
  await page.getByText('李秀英', { exact: true }).waitFor()
  await screenshot(page, 'home-family')
  await page.getByRole('button', { name: /^李秀英/ }).click()
  await page.getByText('电话：13905745678').waitFor()
  await page.getByRole('button', { name: /^打电话给李秀英/ }).waitFor()
  await screenshot(page, 'cadre-detail')
})

/** Taro's text box is a custom element named by its label, with the real box inside (or the box itself named). */
const fill = (label: string, value: string) =>
  page.locator(`[aria-label="${label}"]`).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first().fill(value)

it('staff register a cadre who keeps the lunar birthday, then go straight on to a family binding code', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^老干部名册/ }).click()
  await page.getByRole('button', { name: '登记新老干部' }).click()
  await fill('姓名', '钱守义')
  await page.getByRole('radio', { name: '男' }).click()
  await pickOnWheel(page, '出生日期（公历）', '1947-04-28')
  await page.getByRole('button', { name: /^出生日期（公历） 1947年4月28日 周一 / }).waitFor()
  await page.getByRole('radio', { name: '过农历生日' }).click()
  await page.getByRole('radio', { name: '三月' }).click()
  await page.getByRole('radio', { name: '初八' }).click()
  await page.getByRole('radio', { name: '一般' }).click()
  await page.getByRole('radio', { name: '退休' }).click()
  await page.getByRole('radiogroup', { name: '是否独居' }).getByRole('radio', { name: '否' }).click()
  await page.getByRole('radiogroup', { name: '是否党员' }).getByRole('radio', { name: '是' }).click()
  await fill('住址', '桃园街 8 号 2 幢 301 室')
  await screenshot(page, 'staff-register-lunar')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await page.getByText(/已登记 钱守义/).waitFor()
  await screenshot(page, 'staff-registered')
  await page.getByRole('button', { name: /^打开钱守义的页面/ }).click()
  await page.getByRole('button', { name: '给家属发绑定码' }).click()
  await page.getByText(/家属绑定码：\d{4} \d{4}（7 天内有效）/).waitFor()
})
