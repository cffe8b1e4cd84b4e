import { maskPhone } from '../../../../../cloudfunctions/lib/domain/mask'

it('masks the middle four digits of a phone number', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
  expect(maskPhone(undefined)).toBe('')
  expect(maskPhone('12345')).toBe('****')
})
