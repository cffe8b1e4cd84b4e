import {
  dayState,
  fits,
  nearestFirst,
  openSlots,
  shanghaiInstant,
  slotAt,
  toClock,
  weekdayOf,
  type ProviderFacts,
} from '../../../../cloudfunctions/lib/features/services/slots.rules'

const weekdays = (from: string, to: string): ProviderFacts['availability'] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from, to }))

const barber: ProviderFacts = { id: 'sunli', grid: '二网格', availability: weekdays('09:00', '12:00'), daysOff: [], bufferMin: 15 }
const query = (now: string, day: string, extra: Partial<Parameters<typeof openSlots>[0]> = {}) => ({
  day,
  durationMin: 45,
  minNoticeHours: 12,
  now: new Date(now),
  providers: [barber],
  busy: {},
  ...extra,
})
const times = (q: Parameters<typeof openSlots>[0]) => openSlots(q).map((s) => toClock(s.start))

describe('open slots, in Shanghai time with the clock passed in', () => {
  it('reads Shanghai days and weekdays, not UTC ones', () => {
    expect(shanghaiInstant('2026-11-24', 9 * 60).toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(weekdayOf('2026-11-23')).toBe(1)
    expect(weekdayOf('2026-11-29')).toBe(7)
  })

  it('offers every start on the half hour that ends within working hours', () => {
    expect(times(query('2026-11-23T00:00:00Z', '2026-11-25'))).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00'])
  })

  it('keeps the minimum notice across midnight: 12 hours from 22:30 rules out the next morning before 10:30', () => {
    // 22:30 on the 24th in Shanghai is 14:30 UTC.
    expect(times(query('2026-11-24T14:30:00Z', '2026-11-25'))).toEqual(['10:30', '11:00'])
  })

  it('keeps the travel buffer after every visit and before the next', () => {
    const busy = { sunli: [{ start: 10 * 60, end: 10 * 60 + 45 + 15 }] }
    // 09:00 would end 09:45 + 15 minutes buffer = 10:00: just fits. 09:30 would run into the 10:00 visit.
    expect(times(query('2026-11-23T00:00:00Z', '2026-11-25', { busy }))).toEqual(['09:00', '11:00'])
  })

  it('offers nothing on a day off, outside the horizon, or on a day already full', () => {
    expect(times(query('2026-11-23T00:00:00Z', '2026-11-25', { providers: [{ ...barber, daysOff: ['2026-11-25'] }] }))).toEqual([])
    expect(times(query('2026-11-23T00:00:00Z', '2026-12-07'))).toEqual([])
    expect(times(query('2026-11-23T00:00:00Z', '2026-11-22'))).toEqual([])
    const full = { sunli: [{ start: 9 * 60, end: 12 * 60 }] }
    expect(times(query('2026-11-23T00:00:00Z', '2026-11-25', { busy: full }))).toEqual([])
  })

  it('tells a time nobody works (never bookable) from a time when everyone is busy (waits for staff)', () => {
    const full = { sunli: [{ start: 9 * 60, end: 12 * 60 }] }
    expect(slotAt(query('2026-11-23T00:00:00Z', '2026-11-25', { busy: full }), 9 * 60)).toEqual({ start: 540, providers: [] })
    expect(slotAt(query('2026-11-23T00:00:00Z', '2026-11-25'), 14 * 60)).toBeNull()
    expect(slotAt(query('2026-11-23T00:00:00Z', '2026-11-25'), 9 * 60 + 15)).toBeNull()
  })

  it('checks a visit against one provider exactly at the edges', () => {
    expect(fits(barber, '2026-11-25', 11 * 60 + 15, 45, [])).toBe(true)
    expect(fits(barber, '2026-11-25', 11 * 60 + 16, 45, [])).toBe(false)
  })
})

describe('how a day looks to someone booking', () => {
  it('says 有空 with the free times, 约满 when every time is taken, 休息 on a day off, 来不及 when the notice has run out', () => {
    expect(dayState(query('2026-11-23T00:00:00Z', '2026-11-25'))).toMatchObject({ state: 'open', slots: expect.any(Array) })
    const allDay = { sunli: [{ start: 9 * 60, end: 12 * 60 }] }
    expect(dayState(query('2026-11-23T00:00:00Z', '2026-11-25', { busy: allDay }))).toEqual({ state: 'full', slots: [] })
    expect(dayState(query('2026-11-23T00:00:00Z', '2026-11-25', { providers: [{ ...barber, daysOff: ['2026-11-25'] }] }))).toEqual({
      state: 'off',
      slots: [],
    })
    const weekdaysOnly = { ...barber, availability: barber.availability.filter((w) => w.weekday <= 5) }
    expect(dayState(query('2026-11-23T00:00:00Z', '2026-11-28', { providers: [weekdaysOnly] })).state).toBe('off')
    // 23:30 on the 24th in Shanghai: 12 hours' notice leaves nothing of the 25th's morning.
    expect(dayState(query('2026-11-24T15:30:00Z', '2026-11-25')).state).toBe('late')
  })
})

describe('就近: whom to send', () => {
  it('prefers the same grid, then the least loaded, then a stable order', () => {
    const a = { id: 'a', grid: '一网格' }
    const b = { id: 'b', grid: '二网格' }
    const c = { id: 'c', grid: '二网格' }
    expect(nearestFirst([a, b, c], '二网格', { b: [{ start: 0, end: 60 }] }).map((p) => p.id)).toEqual(['c', 'b', 'a'])
    expect(nearestFirst([c, b, a], undefined, {}).map((p) => p.id)).toEqual(['a', 'b', 'c'])
  })
})
