// Writes the demo community into an empty store, straight through the store (the way a data import would).
import { Lunar } from 'lunar-javascript'
import type { Store, Write } from '../emulator/store'
import type { Doc } from '../emulator/ejson'
import { DEFAULT_CATALOG } from '../../cloudfunctions/lib/features/services/rules'
import { DEFAULT_CARD_POLICY, ledgerKey, sumEntries, type EntryKind } from '../../cloudfunctions/lib/features/card/rules'
import { shanghaiInstant, weekdayOf } from '../../cloudfunctions/lib/features/services/slots.rules'
import { addDays, shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { birthdayKey } from '../../cloudfunctions/lib/features/reminders/occasions.rules'
import { ADMIN, CADRES, COMMUNITIES, FAMILY, PROVIDERS, STAFF, type SeedCadre, type SeedPerson } from './people'
import { demoActivities, demoContributions, demoMaterials, demoVoices } from './activities'
import { demoCareProfiles } from './care'
import { demoRooms } from './rooms'
import { demoBranches, demoNotices } from './notices'
import { demoSurveys } from './surveys'
import { demoAssessment } from './assessment'
import { demoPairs, demoVisitTasks } from './visits'
import type { CadreDoc } from '../../cloudfunctions/lib/features/people/docs'

const pad = (n: number) => String(n).padStart(2, '0')

/** Lunar birthdays are kept as the lunar date and its solar equivalent in the birth year. */
function birthFields(c: SeedCadre) {
  const [y, m, d] = c.birth
  if (c.celebrates === 'solar') {
    const birthDate = `${y}-${pad(m)}-${pad(d)}`
    return { birthDate, birthdayKey: birthdayKey({ solar: birthDate }, 'solar') }
  }
  const solar = Lunar.fromYmd(y, m, d).getSolar()
  const birthDate = `${solar.getYear()}-${pad(solar.getMonth())}-${pad(solar.getDay())}`
  const lunarBirth = { month: Math.abs(m), day: d, leap: m < 0 }
  return { birthDate, lunarBirth, birthdayKey: birthdayKey({ solar: birthDate, lunar: lunarBirth }, 'lunar') }
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
      cardIssuedYear: Number(shanghaiDay(now).slice(0, 4)),
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
    const caresFor = f.links.filter((l) => l.status === 'active').map((l) => l.cadre)
    person({ ...f, roles: active ? ['family'] : [] }, caresFor.length ? { caresFor } : {})
    for (const l of f.links) {
      const cadre = CADRES.find((c) => c.id === l.cadre)
      const linkId = `link-${f.openid.replace('demo-family-', '')}-${l.cadre}`
      if (l.status === 'active') audited('binding.approve', linkId)
      put('familyLinks', {
        _id: linkId,
        familyOpenid: f.openid,
        familyName: f.name,
        ...(f.phone ? { familyPhone: f.phone } : {}),
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
  // 分片包干: 陈静 looks after the first grid of 桃园, 黄伟 the second.
  const GRIDS = [
    { id: 'grid-taoyuan-1', name: '桃园一网格', streets: ['桃园街', '桃园东路'], staff: STAFF[0], volunteers: ['小杨'] },
    { id: 'grid-taoyuan-2', name: '桃园二网格', streets: ['桃园西路', '杏林巷'], staff: STAFF[1], volunteers: [] },
  ]
  for (const s of STAFF) person(s, { grids: GRIDS.filter((g) => g.staff === s).map((g) => g.name) })
  for (const g of GRIDS)
    put('grids', {
      _id: g.id,
      communityId: 'c-taoyuan',
      name: g.name,
      streets: g.streets,
      staffId: g.staff.openid,
      staffName: g.staff.name,
      volunteers: g.volunteers,
      updatedAt: now,
    })
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
    for (const s of DEFAULT_CATALOG)
      put('serviceTypes', { _id: `${community._id}:${s.key}`, communityId: community._id, ...s, active: true })
  person(ADMIN)
  const bookings = demoBookings(now)
  for (const doc of bookings) put(doc.c, doc.d)
  const profiles = demoCareProfiles(now)
  for (const doc of [
    ...demoActivities(now),
    ...demoMaterials(now),
    ...demoContributions(now),
    ...demoVoices(now),
    ...demoRooms(now),
    ...demoNotices(now),
    ...demoBranches(now),
    ...demoSurveys(now),
    ...demoAssessment(now),
    ...profiles,
  ])
    put(doc.c, doc.d)
  // The cadre's record names the responsible doctor too: it is what admits the doctor to the profile.
  for (const { d } of profiles) {
    const cadre = writes.find((w) => w.c === 'cadres' && w.id === d._id)
    if (cadre?.doc && d.doctor) cadre.doc.doctorId = (d.doctor as { id: string }).id
  }
  const cadres = writes.filter((w) => w.c === 'cadres').map((w) => w.doc as unknown as CadreDoc)
  for (const doc of [...demoVisitTasks(now, cadres), ...demoPairs(now, cadres)]) put(doc.c, doc.d)
  for (const doc of demoCards(
    now,
    bookings.filter((b) => b.c === 'bookings').map((b) => b.d),
  ))
    put(doc.c, doc.d)
  return writes
}

/**
 * This year's allowance on every card (policy by category and rank), a top-up 王丽 paid for her father, and
 * the demo bookings' holds and capture — the accounts are exactly the sums of their entries.
 */
function demoCards(now: Date, bookings: Doc[]): { c: string; d: Doc }[] {
  const year = Number(shanghaiDay(now).slice(0, 4))
  const entries: Doc[] = []
  const entry = (key: string, cadreId: string, kind: EntryKind, amountFen: number, what: string, extra: Record<string, unknown> = {}) =>
    entries.push({
      _id: key,
      cadreId,
      communityId: CADRES.find((c) => c.id === cadreId)?.community ?? 'c-taoyuan',
      kind,
      amountFen,
      what,
      by: 'seed',
      byName: '系统',
      at: now,
      ...extra,
    })
  for (const c of CADRES)
    entry(ledgerKey.issue(c.id, year), c.id, 'issue', DEFAULT_CARD_POLICY.allowanceFen[c.category][c.rank], `${year} 年度服务金`)
  entry('topup:cadre-01:SEED-0001', 'cadre-01', 'topup', 20000, '收据 SEED-0001', { receiptNo: 'SEED-0001', byName: STAFF[0].name })
  for (const b of bookings) {
    if (!b.heldFen) continue
    const extra = { bookingId: b._id }
    entry(ledgerKey.hold(b._id), String(b.cadreId), 'hold', Number(b.heldFen), String(b.serviceName), extra)
    if (b.status === 'completed')
      entry(ledgerKey.capture(b._id), String(b.cadreId), 'capture', Number(b.heldFen), String(b.serviceName), extra)
  }
  const accounts = CADRES.map((c) => {
    const sums = sumEntries(entries.filter((e) => e.cadreId === c.id) as never)
    return { c: 'cardAccounts', d: { _id: c.id, cadreId: c.id, communityId: c.community ?? 'c-taoyuan', ...sums, updatedAt: now } as Doc }
  })
  // 黄伟 asked to add a forgotten festival gift to cadre-02's card; it waits for 陈静 (or anyone but him) to approve.
  const asked = CADRES.find((c) => c.id === 'cadre-02')!
  const adjustment = {
    _id: 'adj-seed-0001',
    cadreId: asked.id,
    cadreName: asked.name,
    communityId: asked.community ?? 'c-taoyuan',
    amountFen: 20000,
    reason: '重阳节慰问金补发',
    status: 'pending',
    requestedBy: STAFF[1].openid,
    requestedByName: STAFF[1].name,
    requestedAt: now,
  }
  return [...accounts, ...entries.map((d) => ({ c: 'ledgerEntries', d })), { c: 'cardAdjustments', d: adjustment }]
}

/**
 * A few bookings so that every services page has something to show: a haircut ahead (five days or more, clear
 * of the dates the tests book), yesterday's meal delivery waiting to be rated, and an urgent repair on the board.
 */
function demoBookings(now: Date): { c: string; d: Doc }[] {
  const service = (key: string) => DEFAULT_CATALOG.find((s) => s.key === key)!
  const barber = PROVIDERS.find((p) => p.openid === 'demo-provider-sunli')!
  const cook = PROVIDERS.find((p) => p.openid === 'demo-provider-zhoulan')!
  let ahead = 5
  while (!barber.availability.some((w) => w.weekday === weekdayOf(shanghaiDay(addDays(now, ahead))))) ahead++
  const haircutDay = shanghaiDay(addDays(now, ahead))
  const mealDay = shanghaiDay(addDays(now, -1))
  const by = (status: string, byName: string, at: Date, note?: string) => ({ status, by: 'seed', byName, at, ...(note ? { note } : {}) })
  const visit = (
    id: string,
    cadreId: string,
    key: string,
    provider: (typeof PROVIDERS)[number] | null,
    day: string | null,
    start: number,
    extra: Record<string, unknown>,
  ) => {
    const cadre = CADRES.find((c) => c.id === cadreId)!
    const s = service(key)
    const startAt = day ? shanghaiInstant(day, start) : undefined
    return {
      _id: id,
      communityId: 'c-taoyuan',
      cadreId,
      cadreName: cadre.name,
      address: cadre.address,
      ...(cadre.phone ? { cadrePhone: cadre.phone } : {}),
      serviceKey: s.key,
      serviceName: s.name,
      priceFen: s.priceFen,
      durationMin: s.durationMin,
      cutoffHours: s.cutoffHours,
      urgent: !day,
      ...(day && startAt ? { day, start, startAt } : {}),
      ...(provider
        ? {
            providerId: provider.openid,
            providerName: provider.name,
            providerPhone: provider.phone,
            ...(startAt ? { slotKey: `${provider.openid}@${startAt.toISOString()}` } : {}),
          }
        : {}),
      bookedBy: {
        openid: cadre.openid ?? STAFF[0].openid,
        name: cadre.openid ? cadre.name : STAFF[0].name,
        role: cadre.openid ? 'cadre' : 'staff',
      },
      createdAt: now,
      ...extra,
    }
  }
  const haircut = visit('booking-demo-haircut', 'cadre-01', 'haircut', barber, haircutDay, 600, {
    status: 'assigned',
    heldFen: service('haircut').priceFen,
    history: [by('requested', '王建国', now), by('assigned', '系统就近安排', now, '由孙丽上门')],
  })
  const meal = visit('booking-demo-meal', 'cadre-01', 'meals', cook, mealDay, 660, {
    status: 'completed',
    heldFen: service('meals').priceFen,
    history: [
      by('requested', '王建国', addDays(now, -2)),
      by('assigned', '系统就近安排', addDays(now, -2), '由周兰上门'),
      by('in_service', '周兰', addDays(now, -1)),
      by('completed', '周兰', addDays(now, -1)),
    ],
  })
  const repair = visit('booking-demo-repair', 'cadre-03', 'repair', null, null, 0, {
    status: 'requested',
    note: '卫生间水龙头关不紧',
    history: [by('requested', STAFF[0].name, now, '代张德福预约')],
  })
  const day = (p: (typeof PROVIDERS)[number], d: string, bookingId: string, start: number, duration: number) => ({
    c: 'providerDays',
    d: { _id: `${p.openid}:${d}`, providerId: p.openid, day: d, busy: [{ bookingId, start, end: start + duration + p.bufferMin }] },
  })
  return [
    { c: 'bookings', d: haircut as Doc },
    { c: 'bookings', d: meal as Doc },
    { c: 'bookings', d: repair as Doc },
    day(barber, haircutDay, haircut._id, 600, service('haircut').durationMin),
    day(cook, mealDay, meal._id, 660, service('meals').durationMin),
  ]
}

export function seedIfEmpty(store: Store, now: Date): boolean {
  if (store.find('users', {}, { limit: 1 }).length > 0) return false
  store.commit(seedDocuments(now))
  return true
}
