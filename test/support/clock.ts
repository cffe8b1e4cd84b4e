// The moment the tests' localclouds think it is. Every run is pinned: to PINNED_NOW, or to another moment with
// LOCALCLOUD_NOW (e.g. `LOCALCLOUD_NOW=2027-01-28T23:50:00+08:00 npm test`). The global set-up turns it into one
// clock offset that every localcloud of the run (they inherit the environment), every test and every page share.

/** The offset from the real time for this run (0 unless pinned). */
export const clockOffsetMs = () => Number(process.env.LOCALCLOUD_CLOCK_OFFSET_MS ?? 0) || 0

/** Now, as the localclouds of this run see it. */
export const hostNow = () => new Date(Date.now() + clockOffsetMs())

/**
 * The moment an ordinary run starts at, so that every run sees the same days and hours: a weekday morning.
 * The date-heavy suites also run at three other hours (jest.config.js, `npm run test:hours` alone).
 */
export const PINNED_NOW = '2026-12-02T10:00:00+08:00'

/** Called once per run before any localcloud starts. */
export function pinRunClock(): void {
  if (process.env.LOCALCLOUD_CLOCK_OFFSET_MS) return
  const at = process.env.LOCALCLOUD_NOW || PINNED_NOW
  const ms = Date.parse(at)
  if (Number.isNaN(ms)) throw new Error(`LOCALCLOUD_NOW 不是 ISO 时间：${at}`)
  process.env.LOCALCLOUD_CLOCK_OFFSET_MS = String(ms - Date.now())
}
