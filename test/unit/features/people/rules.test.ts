import { codePrefix, codeWords, formatCode, matchesCadre } from '../../../../cloudfunctions/lib/features/people/rules'

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

it('formats codes as eight digits, keeping leading zeros, read out in two groups of four', () => {
  expect(formatCode(0)).toBe('00000000')
  expect(formatCode(0.0421)).toBe('04210000')
  expect(formatCode(0.99999999)).toBe('99999999')
  expect(codePrefix('04210000')).toBe('0421')
  expect(codeWords('04210000')).toBe('0421 0000')
})
