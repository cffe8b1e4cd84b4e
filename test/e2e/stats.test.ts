// The bureau's figures in real Chromium on the H5 build: the city's communities ranked as bars, the figure
// switched, one community opened; staff see their own community's month.
import { pickIdentity, screenshot, useJourney } from '../support/browser'

const journey = useJourney()

it('the bureau ranks the communities by a figure, switches the figure and opens one community', async () => {
  const { cloud, page } = journey
  await cloud.post('/__cloud/timers/minutely')
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^全市数字/ }).click()
  await page.getByRole('list', { name: '各社区排名' }).waitFor()
  await page.getByRole('radiogroup', { name: '看哪个指标' }).getByRole('radio', { name: '在册老干部' }).click()
  const taoyuan = page.getByRole('list', { name: '各社区排名' }).getByRole('button', { name: /^桃园社区（海曙区） \d+ 人$/ })
  await taoyuan.waitFor()
  await page.getByRole('list', { name: '十二个月的走势' }).waitFor()
  await page.getByRole('list', { name: '各社区排名' }).scrollIntoViewIfNeeded()
  await screenshot(page, 'stats-city')
  await taoyuan.click()
  await page.getByRole('heading', { name: '桃园社区数字' }).waitFor()
  // The city's page stays underneath (a page stack, as in WeChat): the community's is the last one.
  await page
    .getByText(/^在册 \d+ 人：离休 \d+，退休 \d+/)
    .last()
    .waitFor()
  await screenshot(page, 'stats-community')
})

it('staff open their own community’s figures from the home page', async () => {
  const { cloud, page } = journey
  await pickIdentity(page, cloud.url, '林丽')
  await page.getByRole('button', { name: /^本社区数字/ }).click()
  await page.getByRole('heading', { name: '杏花社区数字' }).waitFor()
  await page.getByText(/^报来的住院、大事、特殊情况 \d+ 件/).waitFor()
})
