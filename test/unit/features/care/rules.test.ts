import {
  careReaderFor,
  healthSummary,
  isIdNumber,
  readIsLogged,
  seesFullIdNumber,
  seesHealth,
} from '../../../../cloudfunctions/lib/features/care/rules'
import type { LinkFacts } from '../../../../cloudfunctions/lib/core/access.rules'

const link = (familyOpenid: string, health: boolean): LinkFacts => ({
  familyOpenid,
  cadreId: 'c1',
  status: 'active',
  permissions: { book: true, health, sos: true },
})
const links = [link('daughter', true), link('grandson', false)]

it('places each viewer by the relation the router admitted them by, the link deciding health for family', () => {
  expect(careReaderFor('cadre')).toBe('self')
  expect(careReaderFor('staff')).toBe('staff')
  expect(careReaderFor('provider')).toBe('doctor')
  expect(careReaderFor('family', links[0])).toBe('familyHealth')
  expect(careReaderFor('family', links[1])).toBe('family')
  expect(careReaderFor('admin')).toBe('admin')
})

it('shows health to those who need it, the full ID to the cadre and staff, and logs staff and doctor reads', () => {
  const all = ['self', 'staff', 'doctor', 'familyHealth', 'family', 'admin'] as const
  expect(all.filter(seesHealth)).toEqual(['self', 'staff', 'doctor', 'familyHealth'])
  expect(all.filter(seesFullIdNumber)).toEqual(['self', 'staff'])
  expect(all.filter(readIsLogged)).toEqual(['staff', 'doctor'])
})

it('accepts an ID number only when its check character matches (GB 11643)', () => {
  expect(isIdNumber('330203193103151232')).toBe(true)
  expect(isIdNumber('11010519491231002X')).toBe(true)
  expect(isIdNumber('330203193103151233')).toBe(false)
  expect(isIdNumber('33020319310315123')).toBe(false)
})

it('sums up health in one line for a responder', () => {
  expect(healthSummary({ selfCare: '半自理', conditions: ['高血压', '糖尿病'], diet: '少油', diabetic: true })).toBe(
    '半自理；高血压、糖尿病；糖尿病饮食，少油',
  )
  expect(healthSummary({ selfCare: '自理', conditions: [], diet: '', diabetic: false })).toBe('自理；无慢性病记录')
})
