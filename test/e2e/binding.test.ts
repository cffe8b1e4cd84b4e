// The binding journey in real Chromium on the H5 build: a family member asks to bind her mother-in-law by
// name and phone digits, the cadre approves on her home page, and the family member then sees her.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'

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
  await page.getByText('您的姓名', { exact: true }).waitFor()
  await page.locator('[data-testid=requesterName] input').fill('刘洋')
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
