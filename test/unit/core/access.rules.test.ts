import { relationUnder, type CallerFacts } from '../../../cloudfunctions/lib/core/access.rules'
import type { Access } from '../../../cloudfunctions/lib/contracts'

const cadre = { cadreId: 'cadre-1', communityId: 'c-a' }
const link = { familyOpenid: 'fam', cadreId: 'cadre-1', status: 'active', permissions: { book: true, health: false, sos: false } }
const who = (facts: Partial<CallerFacts>): CallerFacts => ({ openid: 'x', roles: [], ...facts })
const aboutCadre: Access = { about: 'cadre', cadre: 'self', family: 'link', staff: 'community', admin: 'any' }

describe('the relation a declaration admits a caller by', () => {
  it('admits the cadre, an actively bound family member, staff of the community and the bureau, each as themselves', () => {
    expect(relationUnder(aboutCadre, who({ roles: ['cadre'], cadreId: 'cadre-1' }), cadre, [])).toBe('cadre')
    expect(relationUnder(aboutCadre, who({ openid: 'fam', roles: ['family'] }), cadre, [link])).toBe('family')
    expect(relationUnder(aboutCadre, who({ roles: ['staff'], communityId: 'c-a' }), cadre, [])).toBe('staff')
    expect(relationUnder(aboutCadre, who({ roles: ['admin'] }), cadre, [])).toBe('admin')
  })

  it('keeps out staff of another community, another cadre, and family whose link is pending or ended', () => {
    expect(relationUnder(aboutCadre, who({ roles: ['staff'], communityId: 'c-b' }), cadre, [])).toBeNull()
    expect(relationUnder(aboutCadre, who({ roles: ['cadre'], cadreId: 'cadre-2' }), cadre, [])).toBeNull()
    for (const status of ['pending', 'ended'])
      expect(relationUnder(aboutCadre, who({ openid: 'fam', roles: ['family'] }), cadre, [{ ...link, status }])).toBeNull()
  })

  it('judges a person with two roles by each role’s own relation: staff elsewhere who is family here is family, no more', () => {
    const both = who({ openid: 'fam', roles: ['staff', 'family'], communityId: 'c-b' })
    expect(relationUnder({ about: 'cadre', staff: 'community' }, both, cadre, [link])).toBeNull()
    expect(relationUnder({ about: 'cadre', staff: 'community', family: 'sos' }, both, cadre, [link])).toBeNull()
    expect(relationUnder({ about: 'cadre', staff: 'community', family: 'book' }, both, cadre, [link])).toBe('family')
    expect(relationUnder({ staff: 'any' }, both, cadre, [link])).toBe('staff')
  })

  it('needs the named permission on the link, and "own" means the link is the caller’s', () => {
    const fam = who({ openid: 'fam', roles: ['family'] })
    expect(relationUnder({ about: 'cadre', family: 'sos' }, fam, cadre, [link])).toBeNull()
    expect(relationUnder({ about: 'cadre', family: 'book' }, fam, cadre, [link])).toBe('family')
    expect(relationUnder({ about: 'link', family: 'own' }, fam, { ...cadre, familyOpenid: 'fam' }, [])).toBe('family')
    expect(relationUnder({ about: 'link', family: 'own' }, fam, { ...cadre, familyOpenid: 'other' }, [])).toBeNull()
  })

  it('admits a provider to a booking only when it is assigned to them', () => {
    const provider = who({ openid: 'p1', roles: ['provider'] })
    const access: Access = { about: 'booking', provider: 'assigned', staff: 'community' }
    expect(relationUnder(access, provider, { ...cadre, providerId: 'p1' }, [])).toBe('provider')
    expect(relationUnder(access, provider, { ...cadre, providerId: 'p2' }, [])).toBeNull()
  })

  it('with no subject named, admits only staff in their own community and roles declared "any"', () => {
    expect(relationUnder(aboutCadre, who({ roles: ['staff'], communityId: 'c-a' }), null, [])).toBe('staff')
    expect(relationUnder(aboutCadre, who({ roles: ['staff'] }), null, [])).toBeNull()
    expect(relationUnder(aboutCadre, who({ roles: ['cadre'], cadreId: 'cadre-1' }), null, [])).toBeNull()
  })
})
