import { ageOn, shanghaiDay } from '../../../cloudfunctions/lib/core/time.rules'

describe('calendar days in Asia/Shanghai', () => {
  it('counts 16:00 UTC and later as the next Shanghai day', () => {
    expect(shanghaiDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
    expect(shanghaiDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it('counts age in full years, turning a year older on the birthday itself (Shanghai day)', () => {
    expect(ageOn('1931-03-15', new Date('2026-03-14T12:00:00Z'))).toBe(94)
    expect(ageOn('1931-03-15', new Date('2026-03-14T16:00:00Z'))).toBe(95)
    expect(ageOn('1931-03-15', new Date('2026-11-22T00:00:00Z'))).toBe(95)
  })

  it('lets someone born on 29 February turn older on 1 March in common years', () => {
    expect(ageOn('1940-02-29', new Date('2027-02-28T04:00:00Z'))).toBe(86)
    expect(ageOn('1940-02-29', new Date('2027-03-01T04:00:00Z'))).toBe(87)
  })
})
