// Writes the demo community into an empty store, straight through the store (the way a data import would).
import { Lunar } from 'lunar-javascript'
import type { Store, Write } from '../emulator/store'
import type { Doc } from '../emulator/ejson'
import { DEFAULT_CATALOG } from '../../cloudfunctions/lib/domain/services'
import { ADMIN, CADRES, COMMUNITIES, FAMILY, PROVIDERS, STAFF, type SeedCadre, type SeedPerson } from './people'

const pad = (n: number) => String(n).padStart(2, '0')

/** Lunar birthdays are kept as the lunar date and its solar equivalent in the birth year. */
function birthFields(c: SeedCadre) {
  const [y, m, d] = c.birth
  if (c.celebrates === 'solar') return { birthDate: `${y}-${pad(m)}-${pad(d)}` }
  const solar = Lunar.fromYmd(y, m, d).getSolar()
  return {
    birthDate: `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`,
    lunarBirth: { month: Math.abs(m), day: d, leap: m < 0 },
  }
}

export function seedDocuments(now: Date): Write[] {
  const writes: Write[] = []
  const put = (c: string, doc: Doc) => writes.push({ c, id: doc._id, doc })
  // The history behind the demo records, as the app would have written it.
  const audited = (action: string, target: string) =>
    put('auditLog', { _id: `seed-${action}-${target}`, actor: STAFF[0].openid, action, target, at: now })
  let order = 0
  const person = (p: SeedPerson, extra: Record<string, unknown> = {}) =>
    put('users', {
      _id: p.openid,
      name: p.name,
      roles: p.roles,
      ...(p.community ? { communityId: p.community } : {}),
      demo: true,
      demoOrder: order++,
      demoNote: p.note,
      createdAt: now,
      ...extra,
    })

  for (const c of COMMUNITIES) put('communities', c)
  CADRES.forEach((c, i) => {
    const { id, birth: _birth, community, ...rest } = c
    put('cadres', {
      _id: id,
      ...rest,
      ...birthFields(c),
      communityId: community ?? 'c-taoyuan',
      // Two grids (网格) in 桃园社区, so that "nearest provider" means something in the demo.
      grid: community ? '杏花一网格' : i % 2 === 0 ? '桃园一网格' : '桃园二网格',
      registeredBy: STAFF[0].openid,
      createdAt: now,
    })
    audited('cadre.register', id)
    if (c.openid) {
      person(
        {
          openid: c.openid,
          name: c.name,
          roles: ['cadre'],
          community: community ?? 'c-taoyuan',
          note: `老干部 · ${c.category} · ${c.livesAlone ? '独居' : '与家人同住'}`,
        },
        { cadreId: id, elderMode: true },
      )
    }
  })
  for (const f of FAMILY) {
    const active = f.links.some((l) => l.status === 'active')
    person({ ...f, roles: active ? ['family'] : [] })
    for (const l of f.links) {
      const cadre = CADRES.find((c) => c.id === l.cadre)
      const linkId = `link-${f.openid.replace('demo-family-', '')}-${l.cadre}`
      if (l.status === 'active') audited('binding.approve', linkId)
      put('familyLinks', {
        _id: linkId,
        familyOpenid: f.openid,
        familyName: f.name,
        cadreId: l.cadre,
        cadreName: cadre?.name ?? '',
        communityId: cadre?.community ?? 'c-taoyuan',
        relation: l.relation,
        via: 'phone',
        status: l.status,
        permissions: { book: l.book ?? true, health: !!l.health, sos: l.sos ?? true },
        requestedAt: now,
        ...(l.status === 'active' ? { decidedBy: STAFF[0].openid, decidedAt: now } : {}),
      })
    }
  }
  for (const s of STAFF) person(s)
  for (const p of PROVIDERS) {
    const { kind, services, phone, grid, availability, bufferMin, ...rest } = p
    person(rest)
    put('providers', {
      _id: p.openid,
      name: p.name,
      communityId: p.community ?? 'c-taoyuan',
      kind,
      phone,
      services,
      grid,
      availability,
      daysOff: [],
      bufferMin,
      active: true,
    })
  }
  for (const community of COMMUNITIES)
    for (const s of DEFAULT_CATALOG) put('serviceTypes', { _id: `${community._id}:${s.key}`, communityId: community._id, ...s, active: true })
  person(ADMIN)
  return writes
}

export function seedIfEmpty(store: Store, now: Date): boolean {
  if (store.find('users', {}, { limit: 1 }).length > 0) return false
  store.commit(seedDocuments(now))
  return true
}
