// The staff dashboard of 桃园 in the weapp build, over a localcloud whose figures were just counted.
import { startLocalCloud, type LocalCloud } from '../../../../../support/localcloud'
import { bootWeapp, renderPage } from '../../../../../support/weapp'
import { CALLERS } from '../../../../../support/callers'
import { hostNow } from '../../../../../support/clock'

/** Starts the cloud and the weapp once for the file; the cloud stops after it. */
export function useDashboard() {
  let cloud: LocalCloud
  beforeAll(async () => {
    cloud = await startLocalCloud()
    await cloud.post('/__cloud/timers/minutely')
    bootWeapp(cloud.url, () => CALLERS.staffSame)
  })
  afterAll(() => cloud.stop())
  return () => renderPage('packages/stats/dashboard/index', {})
}

/** "2026年12月" for this month (China time), or `back` months before it. */
export function monthWords(back = 0): string {
  const d = new Date(hostNow().getTime() + 8 * 3600_000)
  d.setUTCMonth(d.getUTCMonth() - back, 1)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`
}
