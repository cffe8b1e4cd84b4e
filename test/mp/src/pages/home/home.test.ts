// The weapp build's home page in miniprogram-simulate, against a real localcloud: it renders the cadre's
// home from one api call, and tapping 同意 on a binding request approves it for real.
import { startLocalCloud, type LocalCloud } from '../../../../support/localcloud'
import { bootWeapp, tap, renderPage, waitForPage, waitForText } from '../../../../support/weapp'

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
  bootWeapp(cloud.url, () => 'demo-cadre-wangjianguo')
})
afterAll(() => cloud.stop())

it('shows the cadre home with its big entries and a pending request, and tapping 同意 approves it', async () => {
  const home = renderPage('pages/home/index')
  await waitForText(home, '王建国，您好')
  expect(home.dom?.textContent).toContain('预约上门服务')
  expect(home.dom?.textContent).toContain('0574-87310000')
  await waitForText(home, '王强（子女）')

  tap(home, '同意')
  await waitForPage(home, (t) => !t.includes('王强（子女）'), 'the request leaving the page')

  const son = await cloud.ok('demo-family-wangqiang', 'home.get', {})
  expect(son.cadres.map((c) => c.name)).toEqual(['王建国'])
})
