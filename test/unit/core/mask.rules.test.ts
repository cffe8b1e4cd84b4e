import { maskIdNumber, maskPhone } from '../../../cloudfunctions/lib/core/mask.rules'

it('masks the middle four digits of a phone number', () => {
  expect(maskPhone('13812345678')).toBe('138****5678')
  expect(maskPhone(undefined)).toBe('')
  expect(maskPhone('12345')).toBe('****')
})

it('masks an ID number between its region code and last four characters', () => {
  expect(maskIdNumber('330203193103151232')).toBe('330203********1232')
  expect(maskIdNumber(undefined)).toBe('')
  expect(maskIdNumber('12345')).toBe('****')
})
