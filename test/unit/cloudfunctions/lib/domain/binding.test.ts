import {
  afterFailure,
  formatCode,
  matchesCadre,
  triesLeft,
  MAX_BIND_FAILURES_PER_DAY,
} from '../../../../../cloudfunctions/lib/domain/binding'

describe('matching a binding request to a cadre', () => {
  const cadre = { name: '李秀英', phone: '13905745678' }

  it('needs the same name (spaces ignored) and the last four digits of the phone', () => {
    expect(matchesCadre(cadre, '李 秀英', '5678')).toBe(true)
    expect(matchesCadre(cadre, '李秀英', '5679')).toBe(false)
    expect(matchesCadre(cadre, '李秀', '5678')).toBe(false)
  })

  it('never matches a cadre without a phone (staff issue a code instead)', () => {
    expect(matchesCadre({ name: '张德福' }, '张德福', '0000')).toBe(false)
  })
})

describe('failed attempts per day', () => {
  it('allows five failures a day and starts afresh the next day', () => {
    let counter
    for (let i = 0; i < MAX_BIND_FAILURES_PER_DAY; i++) counter = afterFailure(counter, '2026-11-22')
    expect(triesLeft(counter, '2026-11-22')).toBe(0)
    expect(triesLeft(counter, '2026-11-23')).toBe(MAX_BIND_FAILURES_PER_DAY)
    expect(afterFailure(counter, '2026-11-23')).toEqual({ day: '2026-11-23', count: 1 })
  })
})

it('formats codes as six digits, keeping leading zeros', () => {
  expect(formatCode(0)).toBe('000000')
  expect(formatCode(0.0421)).toBe('042100')
  expect(formatCode(0.9999999)).toBe('999999')
})
