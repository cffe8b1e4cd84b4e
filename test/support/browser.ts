// Real Chromium (Debian's) driven by playwright-core, for the H5 build served by the localcloud host.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startLocalCloud, type LocalCloud } from './localcloud'
import { clockOffsetMs, hostNow } from './clock'
import { request } from './http'

export const SCREENSHOTS = path.resolve(__dirname, '../e2e/screenshots')

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** A phone-sized page (375 px wide, like most phones the cadres' families hand down). */
export async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN' })
  // The page's own clock (default dates in forms, "today") agrees with the localcloud of a pinned run.
  if (clockOffsetMs()) await context.clock.install({ time: hostNow() })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return page
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  // Page transitions are fast-forwarded, so the shot shows where the page comes to rest.
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' })
}

/** Signs a whole browser context in as `openid` with the cookie localcloud's sign-in sets, without loading a page. */
export async function signIn(context: BrowserContext, baseUrl: string, openid: string): Promise<void> {
  const answer = await request(`${baseUrl}/__cloud/as/${encodeURIComponent(openid)}`)
  const [name, value] = (answer.headers['set-cookie']?.[0] ?? '').split(';')[0].split('=')
  await context.addCookies([{ name, value, url: baseUrl }])
}

/**
 * Resolves once the page has had no request in flight for `quietMs` — playwright's networkidle waits a fixed
 * 500 ms. Call before navigating, await the answer after.
 */
export function networkQuiet(page: Page, quietMs = 150): () => Promise<void> {
  let pending = 0
  let last = Date.now()
  page.on('request', () => {
    pending++
    last = Date.now()
  })
  const settle = () => {
    pending--
    last = Date.now()
  }
  page.on('requestfinished', settle)
  page.on('requestfailed', settle)
  return async () => {
    while (pending > 0 || Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 25))
  }
}

/** Signs in through the identity picker, as a person trying the local build would. */
export async function pickIdentity(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/#/packages/dev/picker/index`)
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  await page.waitForURL(/pages\/home\/index/)
}

/** One localcloud and one phone-sized Chromium page for a journey file, started before its tests. */
export function useJourney(): { cloud: LocalCloud; browser: Browser; page: Page } {
  const ctx = {} as { cloud: LocalCloud; browser: Browser; page: Page }
  beforeAll(async () => {
    ctx.cloud = await startLocalCloud()
    ctx.browser = await launch()
    ctx.page = await phone(ctx.browser)
  })
  afterAll(async () => {
    await ctx.browser?.close()
    await ctx.cloud?.stop()
  })
  return ctx
}

/** Opens a tab of the tab bar by its words. */
export const tab = (page: Page, name: string) => page.locator('.weui-tabbar__label', { hasText: name }).click()

/** On the booking page: picks the first day that still has times, then its first time, up to the confirmation. */
export async function pickFirstOpenTime(page: Page, shot: string) {
  await page.getByText('第一步：选哪一天').waitFor()
  // Each day says whether it is free; the first free one collapses the list and shows its times.
  const free = page.getByRole('radiogroup', { name: '哪一天' }).getByRole('radio', { name: / · 有空$/ })
  await free.first().waitFor()
  await free.first().click()
  await page.getByRole('button', { name: '换一天' }).waitFor()
  await page.getByRole('radiogroup', { name: '几点' }).getByRole('radio').first().click()
  await page.getByText('第三步：请核对').waitFor()
  // The check scrolls into view by itself: nobody has to find it below the times.
  await page.waitForFunction(() => {
    const top = document.getElementById('pick-check')?.getBoundingClientRect().top
    return top !== undefined && top >= 0 && top < window.innerHeight / 2
  })
  await screenshot(page, shot)
}

/** Taro's H5 wheel: rows of 34 px, the chosen row 102 px below the column's top (its own constants). */
const WHEEL_ROW = 34
const WHEEL_TOP = 102

/**
 * Opens the date or time field named `label` and turns its wheels to `value` ('YYYY-MM-DD', 'YYYY-MM' or
 * 'HH:mm') the way a finger does — short drags, at most three rows each — then presses 选好了.
 */
export async function pickOnWheel(page: Page, label: string, value: string) {
  await page.getByRole('button', { name: new RegExp(`^${label} `) }).click()
  const sheet = page.locator('.weui-picker:visible')
  await sheet.waitFor()
  const wanted = value.split(/[-:]/).map(Number)
  for (const [i, want] of wanted.entries()) {
    const column = sheet.locator('taro-picker-group').nth(i)
    for (;;) {
      const { current, target } = await column.evaluate(
        (el, { want, row, top }) => {
          const content = el.querySelector<HTMLElement>('.weui-picker__content')!
          const y = Number(/translate3d\([^,]+,\s*(-?[\d.]+)px/.exec(content.style.transform)?.[1] ?? top)
          const current = Math.round((top - y) / row)
          const rows = Array.from(el.querySelectorAll('.weui-picker__item'), (n) => parseInt(n.textContent ?? '', 10))
          // The time wheels repeat a few rows at each end: the nearest row with the figure is the one to reach.
          const target = rows.reduce(
            (best, v, j) => (v === want && (best < 0 || Math.abs(j - current) < Math.abs(best - current)) ? j : best),
            -1,
          )
          return { current, target }
        },
        { want, row: WHEEL_ROW, top: WHEEL_TOP },
      )
      if (target < 0) throw new Error(`${label}: the wheel has no ${want}`)
      if (current === target) break
      const rows = Math.max(-3, Math.min(3, current - target))
      const box = (await column.boundingBox())!
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      await page.mouse.move(x, y)
      await page.mouse.down()
      await page.mouse.move(x, y + rows * WHEEL_ROW, { steps: 4 })
      await page.mouse.up()
    }
  }
  await sheet.getByText('选好了').click()
  await sheet.waitFor({ state: 'hidden' })
}

/** A picture as a phone camera makes it: a jpeg of the given size, drawn in the browser. */
export async function cameraPicture(on: Page, width: number, height: number, words = '走访'): Promise<Buffer> {
  const data = await on.evaluate(
    ([w, h, text]) => {
      const c = document.createElement('canvas')
      c.width = w
      c.height = h
      const g = c.getContext('2d')!
      g.fillStyle = '#a3231b'
      g.fillRect(0, 0, w, h)
      g.fillStyle = '#ffffff'
      g.font = `${Math.round(h / 4)}px sans-serif`
      g.fillText(text, w / 8, h / 2)
      return c.toDataURL('image/jpeg', 0.9)
    },
    [width, height, words] as const,
  )
  return Buffer.from(data.split(',')[1], 'base64')
}

/** Reads until what it reads is right (10 s at most), then gives the last reading for the test to judge. */
export async function eventually<T>(read: () => Promise<T>, right: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 10_000
  for (;;) {
    const value = await read()
    if (right(value) || Date.now() > end) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
