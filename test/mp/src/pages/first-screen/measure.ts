// What the first screen of each tab page sends from the logic layer to the view (setData), in miniprogram-simulate
// against a real localcloud: WeChat slows down past a few hundred KB, so the budget is 64 KB a page. A page
// registers once per load of the mini-program, so each kind of user has its own test file calling this; the
// figures are also written for `npm run bench` to print.
import fs from 'node:fs'
import path from 'node:path'
import { startLocalCloud, type LocalCloud } from '../../../../support/localcloud'
import { bootWeapp, renderPage, sentData, waitForSettled } from '../../../../support/weapp'
import { BUDGETS } from '../../../../../bench/budgets'
import { FIRST_SCREEN_FIGURES } from '../../../../../bench/sizes'

export const TABS = ['pages/home/index', 'pages/services/index', 'pages/activities/index', 'pages/me/index']

export function measureFirstScreens(who: string, openid: string): void {
  let cloud: LocalCloud
  const figures: Record<string, { bytes: number; calls: number }> = {}

  beforeAll(async () => {
    cloud = await startLocalCloud()
    bootWeapp(cloud.url, () => openid)
  })
  afterAll(async () => {
    fs.mkdirSync(FIRST_SCREEN_FIGURES, { recursive: true })
    fs.writeFileSync(path.join(FIRST_SCREEN_FIGURES, `first-screen-${openid}.json`), JSON.stringify({ who, figures }, null, 2))
    await cloud.stop()
  })

  it.each(TABS)(`the first screen of %s as ${who} sends at most 64 KB of setData`, async (page) => {
    const comp = renderPage(page)
    await waitForSettled(comp)
    figures[page] = { ...sentData }
    expect(sentData.calls).toBeGreaterThan(0)
    expect(sentData.bytes).toBeLessThanOrEqual(BUDGETS.firstScreenSetDataBytes)
  })
}
