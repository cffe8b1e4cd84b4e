// In real Chromium on the H5 build: the first staff member of a new community, invited by the deploy's bootstrap
// step, opens 我的, enters the code and lands on the staff workbench of her community.
import { pickIdentity, screenshot, tab, useJourney } from '../support/browser'
import { bootstrapped } from '../support/arrange'

const journey = useJourney()

it('a newcomer opens her staff role with the invite code and sees her community’s workbench', async () => {
  const { cloud, page } = journey
  await bootstrapped(cloud, { staff: '52013140' }, { staff: '刘洋', bureau: undefined })

  await pickIdentity(page, cloud.url, '刘洋')
  await tab(page, '我的')
  await page.getByRole('button', { name: /^我是社区工作人员 \/ 老干部局，有邀请码/ }).click()
  await page.getByText('请输入开通时给您的 8 位邀请码（只能用一次）。').waitFor()
  await page.locator('[data-testid=code] input').fill('52013140')
  await screenshot(page, 'invite-code')
  await page.getByRole('button', { name: /^确定/ }).click()
  await page.getByText('刘洋，您好！已开通“梅园社区”的社区工作人员身份，首页就是您的工作台。').waitFor()
  await page.getByRole('button', { name: /^回到首页/ }).click()
  await page.getByRole('button', { name: /^老干部名册/ }).waitFor()
  await screenshot(page, 'invite-staff-home')
})
