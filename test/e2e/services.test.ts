// Home services in real Chromium on the H5 build: a cadre books a haircut, a daughter books meals for her
// father, the barber checks in and out, the cadre rates the visit, and staff send a repairer to an urgent call.
import type { Locator, Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickFirstOpenTime, pickIdentity, screenshot, tab, useJourney } from '../support/browser'
import { sdkFor } from '../support/localcloud'
import { firstOpenTime } from '../support/arrange'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

/** Signs in, opens a service from the 服务 tab, and books its first open time (with a note where the service asks one). */
async function bookFirstOpenTime(who: string, service: string, shot: string, note?: string) {
  await pickIdentity(page, cloud.url, who)
  await tab(page, '服务')
  await page.getByRole('button', { name: new RegExp(`^${service}`) }).click()
  await pickFirstOpenTime(page, shot)
  if (note) await page.locator('[data-testid=booking-note] input').fill(note)
  await page.getByRole('button', { name: '确定预约' }).click()
}

it('a cadre books a haircut and sees who will come', async () => {
  await bookFirstOpenTime('王建国', '上门理发', 'services-book-confirm')
  await page.getByText(/约好了！.*孙丽上门/).waitFor()
  await screenshot(page, 'services-booked')
  await page.getByRole('button', { name: '查看预约' }).click()
  await page.getByText('✔ 已安排').waitFor()
  await page.getByText('上门的人：孙丽').waitFor()
  // The record says when in Shanghai time, whatever the phone's own time zone (this browser's is UTC).
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id') ?? ''
  const { booking } = await cloud.ok('demo-cadre-wangjianguo', 'booking.get', { bookingId: id })
  await page.getByText(`${booking.history[0].atWords} · 王建国 · 提交预约`).waitFor()

  // Booking the same service again so soon is allowed, with a word that one is already coming.
  await page.goto(`${cloud.url}/#/pages/services/index`)
  await page.getByRole('button', { name: /^上门理发/ }).click()
  await pickFirstOpenTime(page, 'services-book-again')
  await page.getByText(/已经约了上门理发，这次是再约一次/).waitFor()
})

it('a daughter books meal delivery for her father, saying lunch and less salt', async () => {
  await bookFirstOpenTime('王丽', '助餐送餐', 'services-family-confirm', '午餐，少盐')
  await page.getByText(/约好了！/).waitFor()
  await page.getByRole('button', { name: '查看预约' }).click()
  await page.getByText('由 王丽 代为预约').waitFor()
  await page
    .getByText(/午餐，少盐/)
    .first()
    .waitFor()
  await screenshot(page, 'services-family-booking')
})

it('the barber checks in and out, and the cadre rates the visit', async () => {
  await pickIdentity(page, cloud.url, '孙丽')
  await page.getByRole('button', { name: /^我的任务/ }).click()
  await page.getByText('以后几天').waitFor()
  await screenshot(page, 'provider-tasks')
  // The haircut just booked is the earliest of 王建国's (the demo one is five days or more away).
  await page
    .getByRole('button', { name: /^上门理发 · 王建国/ })
    .first()
    .click()
  await page.getByRole('button', { name: /^到了，签到/ }).click()
  await page.getByText('▶ 正在服务').waitFor()
  await page.getByRole('button', { name: '做完了，签退' }).click()
  await page.getByText('★ 已完成，请评价').waitFor()
  await screenshot(page, 'provider-checked-out')

  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^我的预约/ }).click()
  await page.getByRole('button', { name: /^上门理发.*已完成，请评价/ }).click()
  await page.getByRole('radio', { name: '很满意' }).click()
  await page.getByRole('button', { name: '提交评价' }).click()
  await page.getByText('已评价：很满意').waitFor()
  await screenshot(page, 'services-rated')
})

it('staff send a repairer to an urgent request waiting on the dispatch board', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^派单台/ }).click()
  await page.getByText('急修：卫生间水龙头关不紧').waitFor()
  await screenshot(page, 'staff-dispatch')
  await page.getByRole('button', { name: '派给钱明' }).click()
  await page.getByText('已派 钱明 去 张德福 家（家电维修/管道疏通）').waitFor()
  await page.getByText('没有等待安排的预约。').waitFor()
  // The job stays in sight until the repairer is at the door: under 派出未上门, and on his day.
  await page.getByText('派出未上门（1）').waitFor()
  await page.getByText(/^(刚刚|\d+ (分钟|小时)前)报修 · 已派钱明，还没上门$/).waitFor()
  await page.getByText(/^急修 张德福 · .*报修 · 还没上门$/).waitFor()
  await screenshot(page, 'staff-dispatch-sent')
})

it('staff see how many requests wait, and reach every one by “加载更多” and by scrolling', async () => {
  const db = sdkFor(cloud).database()
  // The queue belongs to cadres of its own: on a real cadre 75 open requests would stop him booking anything later.
  const [template] = (await db.collection('bookings').where({ communityId: 'c-taoyuan' }).limit(1).get()).data as Record<string, unknown>[]
  const { _id: _i, openSlot: _o, slotKey: _k, providerId: _p, providerName: _n, ...base } = template
  for (let i = 0; i < 75; i++)
    await db.collection('bookings').add({
      data: {
        ...base,
        _id: `many-${String(i).padStart(2, '0')}`,
        cadreId: `queued-cadre-${i}`,
        status: 'requested',
        urgent: false,
        cadreName: `排队${i}`,
        createdAt: new Date(),
      },
    })
  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^派单台/ }).click()
  await page.getByText('等待安排（75）').waitFor()
  await page.getByText('已显示 30 个，共 75 个').waitFor()
  await page.getByRole('button', { name: '加载更多（还有 45 个）' }).click()
  await page.getByText('已显示 60 个，共 75 个').waitFor()
  await screenshot(page, 'staff-dispatch-more')
  await page.mouse.wheel(0, 100_000)
  await page.getByText('全部 75 个都在上面了').waitFor()
  expect(await page.locator('.card', { hasText: '排队74' }).count()).toBe(1)
})

it('a cadre cancels a haircut: keeping it is the filled button, and the page says the money went back to the card', async () => {
  const slot = await firstOpenTime(cloud, 'haircut')
  const booking = await cloud.ok('demo-cadre-wangjianguo', 'booking.create', { cadreId: 'cadre-01', serviceKey: 'haircut', ...slot })
  await pickIdentity(page, cloud.url, '王建国')
  await page.goto(`${cloud.url}/#/packages/services/booking/index?id=${booking.id}`)
  await page.getByRole('button', { name: '取消预约' }).click()
  await page.locator('.btn--primary', { hasText: '不取消，保留这次预约' }).waitFor()
  await page.locator('.btn--danger', { hasText: '✖ 确定取消这次预约' }).waitFor()
  await screenshot(page, 'services-cancel-confirm')
  await page.getByRole('button', { name: '✖ 确定取消这次预约' }).click()
  await page.getByText(new RegExp(`^✔ 已取消这次上门理发。${booking.cardYuan}\u00a0元已退回服务卡，可以再用。$`)).waitFor()
  await page.getByRole('button', { name: '回到我的预约' }).waitFor()
  expect(booking.cardYuan).toMatch(/^\d+\.\d{2}$/)
})

it('a cadre books a haircut from home in five taps, each on what is already on screen without scrolling', async () => {
  await pickIdentity(page, cloud.url, '李秀英')
  const taps: string[] = []
  const tap = async (target: Locator, what: string) => {
    const handle = await target.elementHandle()
    // On screen by itself (the page brings each next step into view): the person never has to scroll to find it.
    await page.waitForFunction((el) => {
      const r = el!.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= window.innerHeight
    }, handle)
    await target.click()
    taps.push(what)
  }
  await tap(page.getByRole('button', { name: /^预约上门服务/ }), '预约上门服务')
  await tap(page.getByRole('button', { name: /^上门理发/ }), '上门理发')
  await tap(
    page
      .getByRole('radiogroup', { name: '哪一天' })
      .getByRole('radio', { name: / · 有空$/ })
      .first(),
    '哪一天',
  )
  await tap(page.getByRole('radiogroup', { name: '几点' }).getByRole('radio').first(), '几点')
  await tap(page.getByRole('button', { name: '确定预约' }), '确定预约')
  await page.getByText(/约好了！.*孙丽上门/).waitFor()
  expect(taps).toEqual(['预约上门服务', '上门理发', '哪一天', '几点', '确定预约'])
})
