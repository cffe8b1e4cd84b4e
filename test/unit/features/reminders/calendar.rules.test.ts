import { birthdayKey } from '../../../../cloudfunctions/lib/features/reminders/occasions.rules'
import {
  birthdayKeysOn,
  celebratedAge,
  festivalsIn,
  isRoundBirthday,
  lunarBirthdayIn,
  nextBirthday,
} from '../../../../cloudfunctions/lib/features/reminders/calendar.rules'

describe('lunar and solar dates (known answers)', () => {
  it('converts the lunar 9th of the 9th month 2026 to 18 October 2026', () => {
    expect(lunarBirthdayIn(2026, { month: 9, day: 9, leap: false })).toBe('2026-10-18')
  })

  it('puts 2027 春节 on 6 February and 重阳 on 8 October', () => {
    const dates = Object.fromEntries(festivalsIn(2027).map((f) => [f.name, f.date]))
    expect(dates).toMatchObject({ 春节: '2027-02-06', 重阳: '2027-10-08', 七一: '2027-07-01' })
  })

  it('marks 七一 for party members only', () => {
    expect(festivalsIn(2027).find((f) => f.name === '七一')?.audience).toBe('partyMembers')
  })
})

describe('birthdays in the calendar the cadre celebrates', () => {
  const leapSixth = { solar: '1941-08-10', lunar: { month: 6, day: 18, leap: true } }

  it('celebrates a leap-6th-month birth in the leap month in 2025, which has 闰六月', () => {
    expect(lunarBirthdayIn(2025, leapSixth.lunar)).toBe('2025-08-11')
    expect(lunarBirthdayIn(2025, { ...leapSixth.lunar, leap: false })).toBe('2025-07-12')
  })

  it('celebrates the same birth in the ordinary 6th month in 2026, which has no leap 6th month', () => {
    expect(lunarBirthdayIn(2026, leapSixth.lunar)).toBe(lunarBirthdayIn(2026, { ...leapSixth.lunar, leap: false }))
  })

  it('falls back to day 29 when the lunar month has only 29 days', () => {
    expect(lunarBirthdayIn(2026, { month: 2, day: 30, leap: false })).toBe(lunarBirthdayIn(2026, { month: 2, day: 29, leap: false }))
  })

  it('celebrates 29 February on 28 February in a common year, and on 29 February in a leap year', () => {
    const birth = { solar: '1940-02-29' }
    expect(nextBirthday(birth, 'solar', '2027-01-01')).toEqual({ date: '2027-02-28', age: 87 })
    expect(nextBirthday(birth, 'solar', '2028-01-01')).toEqual({ date: '2028-02-29', age: 88 })
  })

  it('finds the next lunar birthday even when it falls early in the next Gregorian year', () => {
    const lateLunar = { solar: '1946-12-23', lunar: { month: 12, day: 1, leap: false } }
    const next = nextBirthday(lateLunar, 'lunar', '2026-11-22')
    expect(next.date > '2026-11-22').toBe(true)
    expect(next.age).toBe(80)
  })

  it('counts 周岁 by default and 虚岁 when the policy says so', () => {
    const occurrence = nextBirthday({ solar: '1946-10-01' }, 'solar', '2026-09-30')
    expect(occurrence).toEqual({ date: '2026-10-01', age: 80 })
    expect(celebratedAge(occurrence, { thresholds: { 副县级以上: 70, 一般: 80 }, reckoning: 'nominal' })).toBe(81)
  })
})

describe('逢五排十', () => {
  it('gives 一般 cadres a 祝寿 visit from 80, and 副县级以上 from 70', () => {
    expect(isRoundBirthday(79, '一般')).toBe(false)
    expect(isRoundBirthday(80, '一般')).toBe(true)
    expect(isRoundBirthday(75, '一般')).toBe(false)
    expect(isRoundBirthday(75, '副县级以上')).toBe(true)
    expect(isRoundBirthday(65, '副县级以上')).toBe(false)
    expect(isRoundBirthday(101, '副县级以上')).toBe(false)
  })
})

describe('index keys for finding a day’s birthdays', () => {
  it('matches each birth on exactly the day it is celebrated, over two whole years', () => {
    const births = [
      { birth: { solar: '1931-03-15' }, celebrates: 'solar' as const },
      { birth: { solar: '1940-02-29' }, celebrates: 'solar' as const },
      { birth: { solar: '1941-08-10', lunar: { month: 6, day: 18, leap: true } }, celebrates: 'lunar' as const },
      { birth: { solar: '1936-04-03', lunar: { month: 3, day: 12, leap: false } }, celebrates: 'lunar' as const },
      { birth: { solar: '1938-03-01', lunar: { month: 1, day: 30, leap: false } }, celebrates: 'lunar' as const },
    ]
    for (const { birth, celebrates } of births) {
      const key = birthdayKey(birth, celebrates)
      const matched: string[] = []
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10)
        if (birthdayKeysOn(day).includes(key)) matched.push(day)
      }
      const expected: string[] = []
      for (let from = '2025-01-01'; ;) {
        const { date } = nextBirthday(birth, celebrates, from)
        if (date >= '2027-01-01') break
        expected.push(date)
        from = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10)
      }
      expect([key, matched]).toEqual([key, expected])
    }
  })
})
