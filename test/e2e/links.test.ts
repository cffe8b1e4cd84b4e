// Old and shared links: a page opened for something that is gone (or a link cut short) says so in plain words
// with the way home — never "编号格式不对" or a blank page.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, useJourney } from '../support/browser'
import { urlOf, type Route, type RouteParams } from '../../src/routePaths'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

const GONE = 'gone-1'
/** Every page that opens something by its id, with an id that was never there, as someone who would open it. */
const STALE: { [R in Route]?: { who: string; params: RouteParams[R] } } = {
  cadre: { who: '王丽', params: { id: GONE } },
  card: { who: '王丽', params: { cadreId: GONE } },
  catalog: { who: '王丽', params: { cadreId: GONE } },
  book: { who: '王丽', params: { cadreId: GONE, key: 'haircut' } },
  bookings: { who: '王丽', params: { cadreId: GONE } },
  booking: { who: '王丽', params: { id: GONE } },
  activity: { who: '王丽', params: { id: GONE, cadreId: 'cadre-01' } },
  activityRoster: { who: '陈静', params: { id: GONE } },
  study: { who: '王丽', params: { cadreId: GONE } },
  material: { who: '王丽', params: { id: GONE, cadreId: 'cadre-01' } },
  shareBoard: { who: '王丽', params: { cadreId: GONE } },
  voices: { who: '王丽', params: { cadreId: GONE } },
  rooms: { who: '陈静', params: { roomId: GONE } },
  contactCard: { who: '王丽', params: { cadreId: GONE } },
  branch: { who: '陈静', params: { id: GONE } },
  invitations: { who: '王丽', params: { cadreId: GONE } },
  surveyAnswer: { who: '王建国', params: { id: GONE, cadreId: 'cadre-01' } },
  surveyResults: { who: '陈静', params: { id: GONE } },
  surveyEdit: { who: '陈静', params: { id: GONE } },
  assessment: { who: '陈静', params: { schemeId: GONE } },
  schemeEdit: { who: '老干部局', params: { id: GONE } },
  careProfile: { who: '王丽', params: { cadreId: GONE } },
  careEdit: { who: '王丽', params: { cadreId: GONE } },
  careHealth: { who: '陈静', params: { cadreId: GONE } },
  activityEdit: { who: '陈静', params: { id: GONE } },
  studyEdit: { who: '陈静', params: { id: GONE } },
  cadreEdit: { who: '王丽', params: { id: GONE } },
  stats: { who: '老干部局', params: { communityId: GONE } },
}

it.each(Object.entries(STALE))('%s says the thing is gone or the link is old, with the way home', async (route, visit) => {
  await pickIdentity(page, cloud.url, visit!.who)
  await page.goto(`${cloud.url}/#${urlOf(route as 'booking', visit!.params as RouteParams['booking'])}`)
  await page.getByText('这条内容已经没有了，或者这个链接已经过期。').waitFor()
  await page.getByRole('button', { name: '回到首页' }).waitFor()
  expect(await page.getByText('编号格式不对').count()).toBe(0)
})

it('a link cut short (no id at all) says the same', async () => {
  await pickIdentity(page, cloud.url, '王丽')
  await page.goto(`${cloud.url}/#/packages/services/booking/index`)
  await page.getByText('这条内容已经没有了，或者这个链接已经过期。').waitFor()
})

it('someone not bound to the cadre is shown the way to bind, not the cadre', async () => {
  await pickIdentity(page, cloud.url, '刘洋')
  await page.goto(`${cloud.url}/#${urlOf('cadre', { id: 'cadre-01' })}`)
  await page.getByRole('button', { name: /^我是家属，去绑定/ }).waitFor()
  expect(await page.getByText('王建国').count()).toBe(0)
})
