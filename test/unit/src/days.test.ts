// What the date and time wheels show once something is chosen, and "today" as the community counts it.
import { dayFromToday, fullDateWords, pickedWords } from '../../../src/days'

it('says a chosen date, month, time and yearly day in the words people use', () => {
  expect(fullDateWords('2026-12-01')).toBe('2026年12月1日 周二')
  expect(pickedWords('date', '1947-04-28')).toBe('1947年4月28日 周一')
  expect(pickedWords('month', '2026-01')).toBe('2026年1月')
  expect(pickedWords('time', '14:30')).toBe('14:30')
  expect(pickedWords('monthDay', '01-01')).toBe('每年 1月1日')
  expect(pickedWords('date', '')).toBe('')
})

it('counts today in Shanghai, also late in the evening UTC when the phone’s own date is a day behind', () => {
  jest.useFakeTimers({ now: new Date('2026-12-01T16:30:00Z') })
  try {
    expect(dayFromToday()).toBe('2026-12-02')
    expect(dayFromToday(-7)).toBe('2026-11-25')
  } finally {
    jest.useRealTimers()
  }
})
