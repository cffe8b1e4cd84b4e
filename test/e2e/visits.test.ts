// Reminders and visits in real Chromium on the H5 build: the daily job made a 祝寿 task a week ago for a round
// birthday today; staff find it on 今日任务 and record the visit, which takes it off the list. A daughter tells
// the community her father is in hospital, and the visit task appears for staff.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { cameraPicture, phone, pickIdentity, pickOnWheel, screenshot, useJourney } from '../support/browser'
import { dayAhead } from '../support/arrange'
import { hostNow } from '../support/clock'

const journey = useJourney()
let cloud: LocalCloud
let page: Page

beforeAll(() => {
  ;({ cloud, page } = journey)
})

const STAFF = 'demo-staff-chenjing'

it('staff see today’s 祝寿 task made by the daily job, and record the visit', async () => {
  // Shanghai's today: the birthday is today, 80 years on.
  const today = dayAhead(0)
  const cadre = await cloud.ok(STAFF, 'cadre.register', {
    name: '郑国华',
    gender: '男',
    birthDate: `${Number(today.slice(0, 4)) - 80}${today.slice(4)}`,
    celebrates: 'solar',
    rank: '一般',
    category: '退休',
    address: '桃园街 40 号 2 幢 502 室',
    phone: '13905749999',
    livesAlone: true,
    partyMember: true,
  })
  // The job ran a week ago (staff get round birthdays a week ahead).
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() - 7 * 86_400_000).toISOString() })
  await cloud.post('/__cloud/timers/daily')
  await cloud.post('/__cloud/clock', undefined, 'DELETE')

  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^今日任务/ }).click()
  const card = page.locator('.card', { hasText: '郑国华 80 岁生日' })
  await card.waitFor()
  await page.getByText(/^今天（\d+）$/).waitFor()
  await card.getByText('逢五排十上门祝寿，带鲜花、蛋糕').waitFor()
  await screenshot(page, 'visits-today')
  await card.getByRole('button', { name: '记录走访' }).click()
  await page.getByRole('heading', { name: '记录走访' }).waitFor()
  // Whoever writes it up usually went: her name is filled in already; the last seven days can be chosen.
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[aria-label="谁去的"] input')?.value === '陈静')
  expect(await page.getByRole('radiogroup', { name: '哪天去的' }).getByRole('radio').count()).toBe(7 + 1)
  // Written up a week late: 更早的一天 opens a wheel for the day.
  const weekAgo = dayAhead(-7)
  await page.getByRole('radio', { name: '更早的一天' }).click()
  await pickOnWheel(page, '更早的哪一天', weekAgo)
  await page.locator('[aria-label="谁去的"] input').fill('陈静、黄伟')
  await page.locator('[aria-label="带了什么"] input').fill('鲜花、蛋糕')
  await page.locator('[aria-label="老人的情况"] textarea, textarea[aria-label="老人的情况"]').first().fill('老人很高兴，身体硬朗')
  // Two photos from the album, one of them a big camera picture: each shows its progress, then 已传好.
  const [album] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^添加照片/ }).click()])
  await album.setFiles([
    { name: 'visit-1.jpg', mimeType: 'image/jpeg', buffer: await cameraPicture(page, 2400, 1800) },
    { name: 'visit-2.jpg', mimeType: 'image/jpeg', buffer: await cameraPicture(page, 900, 1200) },
  ])
  await page.getByText('✓ 已传好').nth(1).waitFor()
  await screenshot(page, 'visits-photos-added')
  await page.getByRole('button', { name: '保存走访记录' }).click()
  await page.getByRole('heading', { name: '今日任务' }).waitFor()
  await page.locator('.card', { hasText: '郑国华 80 岁生日' }).waitFor({ state: 'detached' })
  expect((await cloud.ok(STAFF, 'visit.list', { cadreId: cadre.id })).visits[0]).toMatchObject({
    visitors: '陈静、黄伟',
    day: weekAgo,
    photos: [expect.anything(), expect.anything()],
  })
  // The record shows both photos, shrunk on the phone to a long side of 1600 px at most.
  await page.goto(`${cloud.url}/#/packages/staff/visit/index?cadreId=${cadre.id}`)
  const shown = page.getByTestId('record-photo').locator('img')
  await shown.nth(1).waitFor()
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLImageElement>('[data-testid=record-photo] img')).every(
      (i) => i.complete && i.naturalWidth > 0,
    ),
  )
  const sizes = await shown.evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((i) => [i.naturalWidth, i.naturalHeight]))
  expect(sizes).toEqual([
    [1600, 1200],
    [900, 1200],
  ])
  await screenshot(page, 'visits-record-photos')
  await page.goto(`${cloud.url}/#/packages/staff/tasks/index`)

  // 王丽 tells the community her father is in hospital; staff see the visit task.
  const daughter = await phone(journey.browser)
  await pickIdentity(daughter, cloud.url, '王丽')
  await daughter.goto(`${cloud.url}/#/packages/family/cadre/index?id=cadre-01`)
  await daughter.getByRole('button', { name: /^告诉社区：住院、大事/ }).click()
  await daughter.locator('[aria-label="简单说说"] textarea, textarea[aria-label="简单说说"]').first().fill('昨晚摔倒，住进区人民医院骨科')
  await daughter.getByRole('button', { name: '告诉社区' }).click()
  await daughter.getByText(/已告诉社区，社区会在.*前上门看望/).waitFor()
  // Sent means done: the form is locked, so a second press cannot make a second task.
  await daughter.getByRole('button', { name: '再报告另一件事' }).waitFor()
  expect(await daughter.getByRole('button', { name: '告诉社区', exact: true }).count()).toBe(0)
  await screenshot(daughter, 'visits-family-report')
  // While he is in hospital his coming visits can go, the held money back on the card, in one press.
  await daughter.getByText('住院期间，要不要先取消这些上门服务？').waitFor()
  await daughter.getByRole('button', { name: /^全部取消/ }).click()
  await daughter.getByText(/已取消 \d+ 个上门服务，冻结的钱已退回服务卡/).waitFor()
  const { bookings } = await cloud.ok('demo-family-wangli', 'booking.list', { cadreId: 'cadre-01' })
  expect(bookings.filter((b) => b.can.cancel)).toEqual([])
  await page.reload()
  const report = page.locator('.card', { hasText: '【住院】王建国' })
  await report.waitFor()
  // The daughter who reported it is the one to call first: her father is in hospital.
  await report.getByText('报告人：王丽').waitFor()
  await report.getByRole('button', { name: /^打给报告人王丽/ }).waitFor()
  await screenshot(page, 'visits-hospital-task')
  // The message that told staff of it opens the task list.
  await page.goto(`${cloud.url}/#/packages/account/messages/index`)
  await page
    .getByRole('button', { name: /王建国.*点这里查看/ })
    .first()
    .click()
  await page.getByRole('heading', { name: '今日任务' }).waitFor()
})

it('staff pair a volunteer with a cadre, and the volunteer logs a visit that brings the pair up to date', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.goto(`${cloud.url}/#/packages/family/cadre/index?id=cadre-03`)
  await page.getByRole('button', { name: '结对志愿者' }).click()
  await page.getByRole('radio', { name: '杨晓' }).click()
  await page.getByRole('button', { name: '结对', exact: true }).click()
  await page.getByText('已结对：杨晓 — 张德福').waitFor()
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.getByRole('button', { name: /^结对帮扶/ }).click()
  // 杨晓 and 王建国 are behind in the demo: said in words.
  await page.locator('.card', { hasText: '杨晓 — 王建国' }).getByText('⚠ 一周多没有联系').waitFor()
  await screenshot(page, 'pairing-staff')

  const volunteer = await phone(journey.browser)
  await pickIdentity(volunteer, cloud.url, '杨晓')
  await volunteer.getByRole('button', { name: /^我的任务/ }).click()
  const pair = volunteer.locator('.card', { hasText: '杨晓 — 王建国' })
  await pair.getByText('⚠ 一周多没有联系').waitFor()
  await pair.getByRole('button', { name: /^记一次走访/ }).click()
  await volunteer.getByText('已记下：走访王建国').waitFor()
  await pair.getByText('近 30 天走访 3 次', { exact: false }).waitFor()
  expect(await pair.getByText(/⚠/).count()).toBe(0)
  await screenshot(volunteer, 'pairing-volunteer')
})

it('the bureau lowers the 祝寿 age for 一般 cadres in 提醒规则, and staff read the new rule', async () => {
  await pickIdentity(page, cloud.url, '老干部局')
  await page.getByRole('button', { name: /^提醒规则/ }).click()
  await page.getByText('全市默认规则').waitFor()
  await page.locator('[aria-label="一般干部从几岁起祝寿"] input').fill('75')
  await page.getByRole('radiogroup', { name: /^元宵/ }).getByText('全部老人').click()
  await page.getByRole('button', { name: '保存规则' }).click()
  await page.getByText(/已保存提醒规则/).waitFor()
  await page.getByText('一般干部从 75 岁起', { exact: false }).waitFor()
  await screenshot(page, 'reminder-policy-saved')

  const staff = await phone(journey.browser)
  await pickIdentity(staff, cloud.url, '陈静')
  await staff.goto(`${cloud.url}/#/packages/staff/reminderPolicy/index`)
  await staff.getByText('· 元宵（农历1月15日）：全部老人').waitFor()
  expect(await staff.getByRole('button', { name: '保存规则' }).count()).toBe(0)
  expect((await cloud.ok(STAFF, 'reminderPolicy.get', {})).birthday.thresholds['一般']).toBe(75)
})
