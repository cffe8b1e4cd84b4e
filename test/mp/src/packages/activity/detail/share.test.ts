// The weapp build's activity page in miniprogram-simulate: WeChat's 转发 sends a card with the activity's title
// and time that opens the same activity for the same cadre.
import { startLocalCloud, type LocalCloud } from '../../../../../support/localcloud'
import { bootWeapp, renderPage, waitForText } from '../../../../../support/weapp'
import { CALLERS } from '../../../../../support/callers'

let cloud: LocalCloud

beforeAll(async () => {
  cloud = await startLocalCloud()
  bootWeapp(cloud.url, () => CALLERS.familyPermitted)
})
afterAll(() => cloud.stop())

it('shares an activity as a card that opens it again for the same cadre', async () => {
  const detail = renderPage('packages/activity/detail/index', { id: 'activity-demo-taichi', cadreId: 'cadre-01' })
  await waitForText(detail, '太极拳体验课')
  const page = detail.instance as unknown as { onShareAppMessage: (o: object) => { title: string; path: string } }
  const card = page.onShareAppMessage({ from: 'menu' })
  expect(card).toMatchObject({
    title: expect.stringMatching(/^太极拳体验课（.+）$/),
    path: '/packages/activity/detail/index?id=activity-demo-taichi&cadreId=cadre-01',
  })
})
