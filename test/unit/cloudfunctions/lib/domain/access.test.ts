import { canEndLink, canManageLink, canSeeCadre, type CallerFacts } from '../../../../../cloudfunctions/lib/domain/access'

const cadre = { _id: 'cadre-1', communityId: 'c-a' }
const link = {
  familyOpenid: 'fam',
  cadreId: 'cadre-1',
  communityId: 'c-a',
  status: 'active',
  permissions: { book: true, health: false, sos: true },
}
const who = (facts: Partial<CallerFacts>): CallerFacts => ({ openid: 'x', roles: [], ...facts })

describe('who sees a cadre', () => {
  it('admits the cadre, an actively bound family member, staff of the community and admins', () => {
    expect(canSeeCadre(who({ roles: ['cadre'], cadreId: 'cadre-1' }), cadre, [])).toBe(true)
    expect(canSeeCadre(who({ openid: 'fam', roles: ['family'] }), cadre, [link])).toBe(true)
    expect(canSeeCadre(who({ roles: ['staff'], communityId: 'c-a' }), cadre, [])).toBe(true)
    expect(canSeeCadre(who({ roles: ['admin'] }), cadre, [])).toBe(true)
  })

  it('keeps out staff of another community, another cadre, and family whose link is not active', () => {
    expect(canSeeCadre(who({ roles: ['staff'], communityId: 'c-b' }), cadre, [])).toBe(false)
    expect(canSeeCadre(who({ roles: ['cadre'], cadreId: 'cadre-2' }), cadre, [])).toBe(false)
    expect(canSeeCadre(who({ openid: 'fam', roles: ['family'] }), cadre, [{ ...link, status: 'pending' }])).toBe(false)
    expect(canSeeCadre(who({ openid: 'fam', roles: ['family'] }), cadre, [{ ...link, status: 'ended' }])).toBe(false)
  })
})

describe('who decides and ends a link', () => {
  it('lets the cadre and their community staff decide; the family member only ends', () => {
    expect(canManageLink(who({ roles: ['cadre'], cadreId: 'cadre-1' }), link)).toBe(true)
    expect(canManageLink(who({ roles: ['staff'], communityId: 'c-a' }), link)).toBe(true)
    expect(canManageLink(who({ openid: 'fam', roles: ['family'] }), link)).toBe(false)
    expect(canEndLink(who({ openid: 'fam', roles: ['family'] }), link)).toBe(true)
    expect(canEndLink(who({ openid: 'other', roles: ['family'] }), link)).toBe(false)
  })
})
