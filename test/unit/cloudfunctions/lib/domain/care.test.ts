import {
  careReaderOf,
  healthSummary,
  isIdNumber,
  readIsLogged,
  seesFullIdNumber,
  seesHealth,
} from '../../../../../cloudfunctions/lib/domain/care'
import type { CallerFacts, LinkFacts } from '../../../../../cloudfunctions/lib/domain/access'

const cadre = { _id: 'c1', communityId: 'taoyuan' }
const link = (familyOpenid: string, health: boolean): LinkFacts => ({
  familyOpenid,
  cadreId: 'c1',
  status: 'active',
  permissions: { book: true, health, sos: true },
})
const links = [link('daughter', true), link('grandson', false)]
const caller = (openid: string, roles: CallerFacts['roles'], extra: Partial<CallerFacts> = {}): CallerFacts => ({ openid, roles, ...extra })

it('places each viewer by how they stand to the cadre, most trusted first', () => {
  const reader = (c: CallerFacts) => careReaderOf(c, cadre, links, 'doctor')
  expect(reader(caller('me', ['cadre'], { cadreId: 'c1' }))).toBe('self')
  expect(reader(caller('s', ['staff'], { communityId: 'taoyuan' }))).toBe('staff')
  expect(reader(caller('s', ['staff'], { communityId: 'xinghua' }))).toBeNull()
  expect(reader(caller('doctor', ['provider']))).toBe('doctor')
  expect(reader(caller('barber', ['provider']))).toBeNull()
  expect(reader(caller('daughter', ['family']))).toBe('familyHealth')
  expect(reader(caller('grandson', ['family']))).toBe('family')
  expect(reader(caller('stranger', ['family']))).toBeNull()
  expect(reader(caller('bureau', ['admin']))).toBe('admin')
  // With no doctor chosen, no provider reads the profile.
  expect(careReaderOf(caller('doctor', ['provider']), cadre, links, undefined)).toBeNull()
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
