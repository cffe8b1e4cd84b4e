// Gate 3 — age-friendly pages: every page of src/app.config.ts, opened in the H5 build in elder mode as the
// person who would use it, at the standard font setting and at a scale beyond WeChat's largest. Checks:
// axe-core finds nothing serious or critical; every visible text ≥ 18 px with line height ≥ 1.3; primary
// actions ≥ 60×60 and every control ≥ 44×44; no horizontal scrolling at 375 px; no amount split from its 元
// across lines. Screenshots go to
// test/e2e/screenshots/ — look at them.
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { startLocalCloud, type LocalCloud } from '../support/localcloud'
import { launch, networkQuiet, phone, screenshot, signIn } from '../support/browser'
import { CALLERS } from '../support/callers'

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
}

function appPages(): string[] {
  process.env.TARO_ENV = 'h5'
  const g = globalThis as unknown as { defineAppConfig: (c: AppConfig) => AppConfig }
  g.defineAppConfig = (c) => c
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../src/app.config').default as AppConfig
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

const NEWCOMER = 'demo-family-liuyang'
/** Who opens each page, and with what query; pages not listed are opened by the cadre 王建国. */
const VISITS: Record<string, { as: string; query?: string; label?: string }[]> = {
  'pages/home/index': [
    { as: CALLERS.cadreSelf, label: 'cadre' },
    { as: CALLERS.familyPermitted, label: 'family' },
    { as: CALLERS.staffSame, label: 'staff' },
    { as: NEWCOMER, label: 'newcomer' },
  ],
  'pages/me/index': [
    { as: CALLERS.cadreSelf, label: 'cadre' },
    { as: CALLERS.familyPermitted, label: 'family' },
  ],
  'packages/family/bind/index': [{ as: NEWCOMER }],
  'packages/family/cadre/index': [
    { as: CALLERS.familyPermitted, query: 'id=cadre-01', label: 'family' },
    { as: CALLERS.staffSame, query: 'id=cadre-03', label: 'staff' },
  ],
  'packages/family/cadreEdit/index': [
    { as: CALLERS.familyPermitted, query: 'id=cadre-01', label: 'family' },
    { as: CALLERS.staffSame, query: 'id=cadre-03', label: 'staff' },
  ],
  'packages/account/claim/index': [{ as: NEWCOMER }, { as: NEWCOMER, query: 'as=staff', label: 'staff' }],
  'packages/staff/roster/index': [{ as: CALLERS.staffSame }],
  'packages/staff/register/index': [{ as: CALLERS.staffSame }],
  'packages/staff/rosterImport/index': [{ as: CALLERS.staffSame }],
  'packages/staff/grids/index': [{ as: CALLERS.staffSame }],
  'packages/staff/dispatch/index': [{ as: CALLERS.staffSame }],
  'packages/staff/desk/index': [{ as: CALLERS.staffSame }],
  'packages/staff/cards/index': [{ as: CALLERS.staffSame }],
  'packages/staff/adjustments/index': [{ as: CALLERS.staffSame }],
  'pages/activities/index': [
    { as: CALLERS.cadreSelf, label: 'cadre' },
    { as: CALLERS.familyPermitted, label: 'family' },
    { as: CALLERS.staffSame, label: 'staff' },
  ],
  'packages/activity/detail/index': [
    { as: CALLERS.cadreSelf, query: 'id=activity-demo-calligraphy&cadreId=cadre-01', label: 'signed-up' },
    { as: CALLERS.familyPermitted, query: 'id=activity-demo-taichi&cadreId=cadre-01', label: 'full' },
  ],
  'packages/activity/edit/index': [
    { as: CALLERS.staffSame, label: 'new' },
    { as: CALLERS.staffSame, query: 'id=activity-demo-health', label: 'existing' },
  ],
  'packages/activity/manage/index': [{ as: CALLERS.staffSame }],
  'packages/activity/roster/index': [{ as: CALLERS.staffSame, query: 'id=activity-demo-taichi' }],
  'packages/study/list/index': [{ as: CALLERS.cadreSelf, query: 'cadreId=cadre-01' }],
  'packages/study/material/index': [
    { as: CALLERS.cadreSelf, query: 'id=material-demo-fraud&cadreId=cadre-01', label: 'cadre' },
    { as: CALLERS.staffSame, query: 'id=material-demo-fraud&cadreId=cadre-01', label: 'staff' },
  ],
  'packages/study/manage/index': [{ as: CALLERS.staffSame }],
  'packages/share/board/index': [{ as: CALLERS.cadreSelf, query: 'cadreId=cadre-01' }],
  'packages/share/review/index': [{ as: CALLERS.staffSame }],
  'packages/staff/sos/index': [{ as: CALLERS.staffSame }],
  'packages/study/edit/index': [
    { as: CALLERS.staffSame, label: 'new' },
    { as: CALLERS.staffSame, query: 'id=material-demo-winter', label: 'existing' },
  ],
  'packages/staff/statement/index': [{ as: CALLERS.staffSame }],
  'packages/care/profile/index': [
    { as: CALLERS.staffSame, query: 'cadreId=cadre-01', label: 'staff' },
    { as: CALLERS.familyLacking, query: 'cadreId=cadre-01', label: 'family-without-health' },
    { as: CALLERS.admin, query: 'cadreId=cadre-01', label: 'admin' },
    { as: CALLERS.staffSame, query: 'cadreId=cadre-03', label: 'no-consent' },
  ],
  'packages/care/edit/index': [
    { as: CALLERS.staffSame, query: 'cadreId=cadre-01', label: 'staff' },
    { as: CALLERS.familyPermitted, query: 'cadreId=cadre-01', label: 'family' },
  ],
  'packages/care/health/index': [{ as: CALLERS.staffSame, query: 'cadreId=cadre-01' }],
  'packages/care/accessLog/index': [{ as: CALLERS.admin }],
  'packages/stats/dashboard/index': [
    { as: CALLERS.admin, query: 'scope=city', label: 'city' },
    { as: CALLERS.staffSame, label: 'staff' },
  ],
  'packages/staff/tasks/index': [{ as: CALLERS.staffSame }],
  'packages/staff/visit/index': [
    { as: CALLERS.staffSame, query: `cadreId=cadre-02&taskId=report%3Aseed-event&title=${encodeURIComponent('【大事】王建国')}` },
  ],
  'packages/family/report/index': [{ as: CALLERS.familyPermitted, query: 'cadreId=cadre-01' }],
  'packages/voice/list/index': [
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01', label: 'cadre' },
    { as: CALLERS.familyPermitted, query: 'cadreId=cadre-01&bookingId=booking-demo-meal', label: 'complaint' },
  ],
  'packages/voice/desk/index': [
    { as: CALLERS.staffSame, label: 'staff' },
    { as: CALLERS.admin, label: 'bureau' },
  ],
  'packages/rooms/week/index': [
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01', label: 'cadre' },
    { as: CALLERS.staffSame, query: 'roomId=room-taoyuan-activity', label: 'staff' },
    { as: CALLERS.admin, label: 'bureau' },
  ],
  'packages/rooms/edit/index': [
    { as: CALLERS.staffSame, query: 'id=room-taoyuan-reading', label: 'change' },
    { as: CALLERS.staffSame, label: 'new' },
  ],
  'packages/care/contactCard/index': [
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01', label: 'cadre' },
    { as: CALLERS.familyPermitted, query: 'cadreId=cadre-01', label: 'family' },
  ],
  'packages/branch/list/index': [
    { as: CALLERS.staffSame, label: 'staff' },
    { as: CALLERS.admin, label: 'bureau' },
  ],
  'packages/branch/detail/index': [{ as: CALLERS.staffSame, query: 'id=branch-taoyuan-1' }],
  'packages/talent/search/index': [{ as: CALLERS.staffSame }],
  'packages/talent/invitations/index': [{ as: CALLERS.familyPermitted, query: 'cadreId=cadre-01' }],
  'packages/survey/list/index': [{ as: CALLERS.cadreSelf, query: 'cadreId=cadre-01' }, { as: CALLERS.admin }],
  'packages/survey/answer/index': [{ as: CALLERS.cadreSelf, query: 'id=survey-demo-satisfaction&cadreId=cadre-01' }],
  'packages/survey/edit/index': [{ as: CALLERS.staffSame }],
  'packages/survey/results/index': [{ as: CALLERS.admin, query: 'id=survey-demo-satisfaction' }],
  'packages/assessment/list/index': [{ as: CALLERS.admin }, { as: CALLERS.staffSame }],
  'packages/assessment/detail/index': [
    { as: CALLERS.staffSame, query: 'schemeId=scheme-demo' },
    { as: CALLERS.admin, query: 'schemeId=scheme-demo&communityId=c-xinghua' },
  ],
  'packages/assessment/scheme/index': [{ as: CALLERS.admin }],
  'packages/notices/list/index': [
    { as: CALLERS.staffSame, label: 'staff' },
    { as: CALLERS.admin, label: 'bureau' },
  ],
  'packages/staff/pairing/index': [
    { as: CALLERS.staffSame, label: 'all' },
    { as: CALLERS.staffSame, query: 'cadreId=cadre-01', label: 'cadre' },
  ],
  'packages/staff/cardPolicy/index': [
    { as: CALLERS.admin, label: 'admin' },
    { as: CALLERS.staffSame, label: 'staff' },
  ],
  'packages/staff/reminderPolicy/index': [
    { as: CALLERS.admin, label: 'admin' },
    { as: CALLERS.staffSame, label: 'staff' },
  ],
  'packages/account/card/index': [
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01', label: 'cadre' },
    { as: CALLERS.staffSame, query: 'cadreId=cadre-01&staff=1', label: 'staff' },
  ],
  'pages/services/index': [
    { as: CALLERS.cadreSelf, label: 'cadre' },
    { as: 'demo-family-sunyan', label: 'family' },
    { as: CALLERS.staffSame, label: 'staff' },
    { as: CALLERS.provider, label: 'provider' },
  ],
  'packages/services/catalog/index': [{ as: CALLERS.staffSame, query: 'cadreId=cadre-03' }],
  'packages/services/book/index': [
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01&key=haircut', label: 'haircut' },
    { as: CALLERS.cadreSelf, query: 'cadreId=cadre-01&key=repair', label: 'repair' },
  ],
  'packages/services/bookings/index': [{ as: CALLERS.cadreSelf, query: 'cadreId=cadre-01' }],
  'packages/services/booking/index': [
    { as: CALLERS.cadreSelf, query: 'id=booking-demo-haircut', label: 'cadre' },
    { as: CALLERS.cadreSelf, query: 'id=booking-demo-meal', label: 'rate' },
    { as: 'demo-provider-sunli', query: 'id=booking-demo-haircut', label: 'provider' },
    { as: CALLERS.staffSame, query: 'id=booking-demo-repair', label: 'staff' },
  ],
  'packages/provider/tasks/index': [
    { as: 'demo-provider-sunli', label: 'barber' },
    { as: 'demo-provider-xiaoyang', label: 'volunteer' },
  ],
}

const LARGEST_FONT_SCALE = 1.6
const AXE = axe.source

let cloud: LocalCloud
let browser: Browser
let page: Page

beforeAll(async () => {
  cloud = await startLocalCloud()
  browser = await launch()
  page = await phone(browser)
  // One tab for the whole gate, first at the app's address so the looks can set its localStorage.
  await page.goto(`${cloud.url}/__cloud/whoami`)
  // The figures pages show what the minutely job has counted.
  await cloud.post('/__cloud/timers/minutely')
})
afterAll(async () => {
  await browser?.close()
  await cloud?.stop()
})

let looks = 0

/**
 * What a person would fail to read or press on the page in elder mode at the font scale (and what axe finds, when
 * asked), with a screenshot. localStorage is emptied first, as on a fresh phone, and the app starts afresh: a new
 * query string makes the navigation load a new document, whose bundle the browser has cached since the first look.
 */
async function look(target: string, fontScale: number, shot: string, withAxe: boolean): Promise<string[]> {
  await page.evaluate((scale) => {
    localStorage.clear()
    localStorage.setItem('elderMode', JSON.stringify({ data: true }))
    localStorage.setItem('fontScaleOverride', JSON.stringify({ data: scale }))
  }, fontScale)
  const quiet = networkQuiet(page)
  await page.goto(`${cloud.url}/?look=${++looks}#/${target}`)
  await page.locator('.screen:visible').first().waitFor()
  await page.waitForFunction(() => !document.body.innerText.includes('正在加载'), undefined, { timeout: 15_000 })
  await quiet()
  const problems = [...(await page.evaluate(measure)), ...(withAxe ? await axeViolations(page) : [])]
  await screenshot(page, shot)
  return problems
}

/** Everything a person could fail to read or press, measured in the page. */
function measure() {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect()
    const s = getComputedStyle(el)
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'
  }
  const problems: string[] = []
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
    if (!ownText || !visible(el)) continue
    const s = getComputedStyle(el)
    const size = parseFloat(s.fontSize)
    const text = el.textContent?.trim().slice(0, 12)
    if (size < 18) problems.push(`text "${text}" is ${size.toFixed(1)} px`)
    const lh = s.lineHeight === 'normal' ? 1.2 : parseFloat(s.lineHeight) / size
    if (lh < 1.3) problems.push(`text "${text}" has line height ${lh.toFixed(2)}`)
  }
  const controls = 'a[href], button, input, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"]'
  for (const el of Array.from(document.querySelectorAll(controls))) {
    if (!visible(el)) continue
    const r = el.getBoundingClientRect()
    const primary = el.classList.contains('btn--primary') || !!el.closest('.big')
    const min = primary ? 60 : 44
    if (r.width < min - 0.5 || r.height < min - 0.5)
      problems.push(
        `${primary ? 'primary ' : ''}control "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 12)}" is ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
      )
  }
  // An amount with its unit ("300.00 元") is read as one thing: it never starts on one line and ends on the next.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement || !visible(node.parentElement)) continue
    for (const m of (node.textContent ?? '').matchAll(/\d[\d,.]*[ \u00a0]?元/g)) {
      const range = document.createRange()
      range.setStart(node, m.index ?? 0)
      range.setEnd(node, (m.index ?? 0) + m[0].length)
      const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.bottom)))
      if (lines.size > 1) problems.push(`figure "${m[0]}" breaks across lines`)
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`)
  return problems
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> }
      }
    ).axe
    const { violations } = await axe.run(document, { resultTypes: ['violations'] })
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}) at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      )
  })
}

const visits = appPages().flatMap((p) => (VISITS[p] ?? [{ as: CALLERS.cadreSelf }]).map((v) => ({ page: p, ...v })))

describe.each(visits)('$page as $as', ({ page: target, as, query, label }) => {
  it('is readable and pressable for an elderly person, at the standard and the largest font setting', async () => {
    const name = target.replace(/\//g, '_').replace(/_index$/, '') + (label ? `-${label}` : '')
    const url = query ? `${target}?${query}` : target
    await cloud.ok(as, 'me.update', { elderMode: true })
    await signIn(page.context(), cloud.url, as)
    const standard = await look(url, 1, name, true)
    const largest = await look(url, LARGEST_FONT_SCALE, `${name}-largest-font`, false)
    expect({ standard, largest }).toEqual({ standard: [], largest: [] })
  })
})

it('opens every page of the app', () => {
  const pages = appPages()
  expect(pages).toContain('packages/dev/picker/index')
  expect(pages.filter((p) => !visits.some((v) => v.page === p))).toEqual([])
})
