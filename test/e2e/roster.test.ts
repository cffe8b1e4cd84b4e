// The roster in real Chromium on the H5 build: staff download the template, fill it in (here: a csv as Excel saves
// it), pick it, read every row's check — the bad row with its cell and reason — import, and find the new cadres on
// the roster; then correct one cadre's address, which her page's 改动记录 shows; and record a death, which puts the
// 吊唁 visit on the staff's tasks.
import type { Page } from 'playwright-core'
import type { LocalCloud } from '../support/localcloud'
import { pickIdentity, screenshot, useJourney } from '../support/browser'
import { rosterCsv, rosterRow } from '../support/arrange'

const journey = useJourney()
let cloud: LocalCloud
let page: Page
beforeAll(() => {
  ;({ cloud, page } = journey)
})

it('staff import a roster file, see the bad row explained, and correct an imported cadre’s address', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^老干部名册/ }).click()
  await page.getByRole('button', { name: /^从表格导入/ }).click()

  // The template arrives as a download.
  const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载导入模板/ }).click()])
  expect(template.suggestedFilename()).toBe('老干部名册-导入模板.xlsx')

  const file = rosterCsv([
    rosterRow('冯玉兰', '1940-04-04', 701),
    rosterRow('蒋建明', '1936-09-09', 702, { gender: '男', rank: '副县级以上' }),
    rosterRow('沈桂芝', '1945-13-01', 703),
  ])
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: /^选表格/ }).click()])
  await chooser.setFiles({ name: '桃园社区名册.csv', mimeType: 'text/csv', buffer: file })
  await page.getByText('检查完了：新登记 2 位，有错 1 行').waitFor()
  await page.getByText('⚠ D4 格：出生日期不是真实的日期，请写成 1941-03-08').waitFor()
  await screenshot(page, 'roster-import-checked')
  await page.getByRole('button', { name: /^导入（新登记 2 位，更新 0 位）/ }).click()
  await page.getByText(/^✔ 已导入：新登记 2 位，更新 0 位；有错的 1 行没有导入/).waitFor()
  await screenshot(page, 'roster-import-done')

  // On the roster, and her address corrected from her page.
  await page.getByRole('button', { name: '回到名册' }).click()
  await page.locator('[aria-label="按姓名查找"] input').fill('冯玉兰')
  await page.getByRole('button', { name: '查找' }).click()
  await page.getByRole('button', { name: /^冯玉兰/ }).click()
  await page.getByRole('button', { name: /^改信息/ }).click()
  await page.locator('[data-testid=edit-address] textarea').fill('桃园街 31 号 1 幢 501 室')
  await screenshot(page, 'cadre-edit')
  await page.getByRole('button', { name: /^保存/ }).click()
  await page.getByText('已保存：住址：桃园街 30 号 2 幢 101 室 → 桃园街 31 号 1 幢 501 室').waitFor()
  await page.getByText('住址：桃园街 31 号 1 幢 501 室').waitFor()
  await page.getByRole('button', { name: /^看改动记录/ }).click()
  await page.getByText('住址：桃园街 30 号 2 幢 101 室 → 桃园街 31 号 1 幢 501 室').waitFor()
  await page
    .getByText(/陈静 · 表格导入|陈静 · 修改信息/)
    .first()
    .waitFor()
  await screenshot(page, 'cadre-history')
})

it('staff record a cadre’s death from her page, asked twice, and find the 吊唁 visit on their tasks', async () => {
  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^老干部名册/ }).click()
  await page.locator('[aria-label="按姓名查找"] input').fill('朱丽华')
  await page.getByRole('button', { name: '查找' }).click()
  await page.getByRole('button', { name: /^朱丽华/ }).click()
  await page.getByText('现在：在册').waitFor()
  await page.getByRole('radiogroup', { name: '改为' }).getByRole('radio', { name: '去世' }).click()
  await page.getByText(/会安排上门吊唁/).waitFor()
  // The first press only asks again: nothing is recorded yet.
  await page.getByRole('button', { name: /^记为去世/ }).click()
  expect((await cloud.ok('demo-staff-chenjing', 'cadre.list', { keyword: '朱丽华' })).cadres[0]).not.toMatchObject({ status: '去世' })
  await screenshot(page, 'cadre-death-confirm')
  await page.getByRole('button', { name: /^确定：记为去世/ }).click()
  await page.getByText(/已改：状态：在册 → 去世/).waitFor()
  await page.getByText(/^现在：去世（.+去世）/).waitFor()

  await pickIdentity(page, cloud.url, '陈静')
  await page.getByRole('button', { name: /^今日任务/ }).click()
  await page.getByText('朱丽华 去世，上门吊唁').first().waitFor()
  await screenshot(page, 'tasks-condolence')
})
