// Activities and study in real Chromium on the H5 build: staff publish an activity, the cadre signs up, his
// daughter puts him on the waitlist of a full one and reads his place, staff mark who came, and the cadre asks
// for a study material to be brought home (送学上门), which books the study service.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { cameraPicture, pickFirstOpenTime, pickIdentity, pickOnWheel, screenshot, tab, useJourney } from '../support/browser'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

const fill = (testId: string, value: string) => page.locator(`[data-testid=${testId}] input`).fill(value)

/** Photos chosen from the album in the picker on the page; waits until every one says 已传好. */
async function addPhotos(pictures: Buffer[]) {
  const [album] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^添加照片/ }).click()])
  await album.setFiles(pictures.map((buffer, i) => ({ name: `photo-${i}.jpg`, mimeType: 'image/jpeg', buffer })))
  await page
    .getByText('✓ 已传好')
    .nth(pictures.length - 1)
    .waitFor()
}

/** Every image the selector finds has arrived from storage and is drawn. */
async function loaded(selector: string) {
  await page.locator(selector).first().waitFor()
  await page.waitForFunction((s) => Array.from(document.querySelectorAll<HTMLImageElement>(s)).every((i) => i.naturalWidth > 0), selector)
}

it('staff publish an activity and the cadre signs up for it from the 活动 tab', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await tab(page, '活动')
  await page.getByRole('button', { name: /^发布活动/ }).click()
  await page.getByRole('radio', { name: '健康讲座' }).click()
  await fill('title', '防跌倒小课堂')
  // A room of the community, by a tap: it is held for the activity's time and names the place.
  await page.getByRole('radio', { name: '党员活动室', exact: true }).click()
  await page.getByText(/党员活动室开放 08:30–17:30/).waitFor()
  expect(await page.locator('[data-testid=room] input').inputValue()).toBe('党员活动室')
  await fill('capacity', '12')
  // Times are turned on a wheel, never typed.
  await pickOnWheel(page, '开始时间', '14:30')
  await pickOnWheel(page, '结束时间', '16:00')
  await page.getByRole('button', { name: /^开始时间 14:30 / }).waitFor()
  // A cover photo from the album.
  await addPhotos([await cameraPicture(page, 1600, 900, '防跌倒')])
  await screenshot(page, 'activity-form-picked')
  await page.getByRole('button', { name: '发布活动', exact: true }).click()
  await page.getByText(/已发布“防跌倒小课堂”：.*2:30/).waitFor()

  await pickIdentity(page, cloud.url, '王建国')
  await tab(page, '活动')
  await page.getByRole('radio', { name: '健康讲座' }).click()
  // The card shows the cover; so does the activity's page.
  await loaded('.activity-card__cover img')
  // 报名 is on the card itself: one press from the tab.
  const card = page.locator('.card', { hasText: '防跌倒小课堂' })
  await card.getByText('还有 12 个名额').waitFor()
  await card.getByRole('button', { name: /^报名/ }).click()
  await card.getByText('已报上名：防跌倒小课堂').waitFor()
  await card.getByText('✔ 已报名').waitFor()
  await screenshot(page, 'activity-signed-up')
  await card.getByRole('button', { name: /^看详情/ }).click()
  await loaded('.activity-cover img')
  await page.getByText('王建国：✔ 已报名').waitFor()
})

it('a daughter signs her father up for a full activity and sees his place on the waitlist', async () => {
  await pickIdentity(page, cloud.url, '王丽')
  await tab(page, '活动')
  // Full: waiting in line is asked twice, on the card.
  const card = page.locator('.card', { hasText: '太极拳体验课' })
  await card.getByRole('button', { name: /^排候补/ }).click()
  await card.getByRole('button', { name: /^确定排候补/ }).click()
  await card.getByText('已排上候补：候补第2位').waitFor()
  await card.getByText('○ 候补第2位').waitFor()
  await screenshot(page, 'activity-waitlisted')
  await card.getByRole('button', { name: /^看详情/ }).click()
  await page.getByText('王建国：○ 候补第2位').waitFor()
})

it('staff sign up a cadre who phoned in and mark who came, from the list of the activity', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await tab(page, '活动')
  await page.getByRole('button', { name: /^活动名单与签到/ }).click()
  await page.getByRole('button', { name: /^防跌倒小课堂/ }).click()
  // 陈桂兰 phoned in: staff sign her up by name.
  await fill('signup-name', '陈桂兰')
  await page.getByRole('button', { name: '替他报名' }).click()
  await page.getByText('已为陈桂兰报上名').waitFor()
  await page.getByRole('button', { name: '陈桂兰到了' }).waitFor()
  await page.getByRole('button', { name: '王建国到了' }).click()
  await page.getByText('王建国 已签到').waitFor()
  await page.getByText('✔ 王建国', { exact: true }).waitFor()
  await page.getByText('到场 1').waitFor()
  await screenshot(page, 'activity-attendance')
})

it('the cadre reads a study material from home, is told when the phone cannot read Chinese aloud, marks it read and asks for it to be brought home', async () => {
  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^学习资料/ }).click()
  await page.getByRole('button', { name: /^离退休干部党支部学习制度/ }).click()
  await page.getByText('支部每月组织一次集中学习').waitFor()
  // A phone whose only voice is English: the button says so instead of staying silent.
  await page.evaluate(() => {
    const english = [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' }] as SpeechSynthesisVoice[]
    window.speechSynthesis.getVoices = () => english
  })
  await page.getByRole('button', { name: /^读给我听/ }).click()
  await page.getByText(/这部手机没有中文朗读的声音/).waitFor()
  expect(await page.getByRole('button', { name: /^读给我听/ }).count()).toBe(0)
  await page.getByRole('button', { name: '我读完了' }).click()
  await page.getByText('已记下：读完了').waitFor()
  await page.getByRole('button', { name: /^请社区送学上门/ }).click()
  await page.getByText('送学：离退休干部党支部学习制度').waitFor()
  await pickFirstOpenTime(page, 'study-delivery-confirm')
  await page.getByRole('button', { name: '确定预约' }).click()
  await page.getByText(/约好了！/).waitFor()
  const { bookings } = await cloud.ok('demo-cadre-wangjianguo', 'booking.list', { cadreId: 'cadre-01' })
  expect(bookings.find((b) => b.serviceKey === 'study')).toMatchObject({ note: '送学：离退休干部党支部学习制度' })
})

it('staff keep the photos taken at last week’s tea party, and the cadre sees them on the activity’s page', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await tab(page, '活动')
  await page.getByRole('button', { name: /^活动名单与签到/ }).click()
  await page.getByRole('button', { name: /^敬老茶话会/ }).click()
  await addPhotos([await cameraPicture(page, 2000, 1500, '茶话会'), await cameraPicture(page, 1500, 2000, '合影')])
  await page.getByRole('button', { name: '保存现场照片' }).click()
  await page.getByText('已保存 2 张现场照片，老人在活动页上能看到').waitFor()
  await screenshot(page, 'activity-photos-kept')

  await pickIdentity(page, cloud.url, '王建国')
  await page.goto(`${cloud.url}/#/packages/activity/detail/index?id=activity-demo-chongyang&cadreId=cadre-01`)
  await page.getByRole('group', { name: /^活动现场照片，2 张/ }).waitFor()
  await loaded('[data-testid=record-photo] img')
  await screenshot(page, 'activity-photos-seen')
})

it('staff publish a study material with a picture between two paragraphs, and the cadre reads it with the picture in place', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await tab(page, '活动')
  await page.getByRole('button', { name: /^学习资料/ }).click()
  await page.getByRole('button', { name: /^发布资料/ }).click()
  await page.getByRole('radio', { name: '健康养生' }).click()
  await fill('material-title', '冬天怎样防滑倒')
  await page.locator('[data-testid=material-body] textarea').fill('下雪天少出门，出门穿防滑鞋。')
  await page.getByRole('button', { name: /^加一张图片/ }).click()
  await addPhotos([await cameraPicture(page, 1600, 1200, '防滑鞋')])
  await page.getByRole('button', { name: /^加一段文字/ }).click()
  await page.locator('[data-testid=material-body] textarea').nth(1).fill('走路慢一点，拄好拐杖。')
  await screenshot(page, 'material-form-picture')
  await page.getByRole('button', { name: '发布资料', exact: true }).click()
  await page.getByText('已发布“冬天怎样防滑倒”').waitFor()

  await pickIdentity(page, cloud.url, '王建国')
  await page.getByRole('button', { name: /^学习资料/ }).click()
  await page.getByRole('button', { name: /^冬天怎样防滑倒/ }).click()
  await loaded('[data-testid=material-picture] img')
  // The picture sits between the two paragraphs, as staff put it.
  const order = await page
    .locator('.material-body > *')
    .evaluateAll((parts) => parts.map((p) => (p.getAttribute('data-testid') === 'material-picture' ? '图' : p.textContent?.trim())))
  expect(order).toEqual(['下雪天少出门，出门穿防滑鞋。', '图', '走路慢一点，拄好拐杖。'])
  await screenshot(page, 'material-picture-read')
})
