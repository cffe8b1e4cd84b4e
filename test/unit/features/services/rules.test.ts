import { beforeCutoff, DEFAULT_CATALOG, nextStatus, priceWords } from '../../../../cloudfunctions/lib/features/services/rules'
import { visitWords } from '../../../../cloudfunctions/lib/core/words.rules'

describe('a booking’s life', () => {
  it('moves only forward along requested → assigned → in service → completed → rated', () => {
    expect(nextStatus('requested', 'assign')).toBe('assigned')
    expect(nextStatus('assigned', 'checkIn')).toBe('in_service')
    expect(nextStatus('in_service', 'checkOut')).toBe('completed')
    expect(nextStatus('completed', 'rate')).toBe('rated')
    expect(nextStatus('requested', 'checkIn')).toBeNull()
    expect(nextStatus('assigned', 'checkOut')).toBeNull()
    expect(nextStatus('rated', 'rate')).toBeNull()
    expect(nextStatus('in_service', 'cancel')).toBeNull()
    expect(nextStatus('cancelled', 'assign')).toBeNull()
  })

  it('lets urgent requests be neither rescheduled nor held to a cut-off', () => {
    expect(nextStatus('assigned', 'reschedule', true)).toBeNull()
    expect(nextStatus('assigned', 'reschedule', false)).toBe('assigned')
    expect(beforeCutoff(undefined, 2, new Date())).toBe(true)
  })

  it('allows cancelling up to the cut-off and not a minute after', () => {
    const visit = new Date('2026-11-24T06:00:00Z')
    expect(beforeCutoff(visit, 3, new Date('2026-11-24T03:00:00Z'))).toBe(true)
    expect(beforeCutoff(visit, 3, new Date('2026-11-24T03:01:00Z'))).toBe(false)
  })
})

describe('the catalog and its words', () => {
  it('has the twelve services of 三到家、四上门, prices in whole fen, repairs urgent', () => {
    expect(DEFAULT_CATALOG).toHaveLength(12)
    expect(DEFAULT_CATALOG.every((s) => Number.isInteger(s.priceFen) && s.priceFen >= 0)).toBe(true)
    expect(DEFAULT_CATALOG.filter((s) => s.urgent).map((s) => s.name)).toEqual(['家电维修/管道疏通'])
  })

  it('says prices and times as people say them', () => {
    expect(priceWords(1500)).toBe('15.00\u00a0元')
    expect(priceWords(0)).toBe('免费')
    const now = new Date('2026-11-23T01:00:00Z')
    expect(visitWords('2026-11-23', 14 * 60 + 30, now)).toBe('今天 下午 2:30')
    expect(visitWords('2026-11-24', 9 * 60, now)).toBe('明天 上午 9:00')
    expect(visitWords('2026-11-26', 12 * 60, now)).toBe('11月26日 周四 中午 12:00')
  })
})
