import { nextFiring } from '../../../../localcloud/host/timers'

describe('timer triggers from config.json (7-field CloudBase cron, Asia/Shanghai)', () => {
  it('fires the daily job at 08:00 Shanghai time, which is 00:00 UTC', () => {
    expect(new Date(nextFiring('0 0 8 * * * *', new Date('2026-11-22T03:00:00Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z')
    expect(new Date(nextFiring('0 0 8 * * * *', new Date('2026-11-22T23:59:00Z'))).toISOString()).toBe('2026-11-23T00:00:00.000Z')
  })

  it('fires the minutely job at the start of the next minute', () => {
    expect(new Date(nextFiring('0 * * * * * *', new Date('2026-11-22T03:00:30Z'))).toISOString()).toBe('2026-11-22T03:01:00.000Z')
  })
})
