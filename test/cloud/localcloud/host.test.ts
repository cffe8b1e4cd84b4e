// The host runs the built functions like the platform: real concurrency in worker processes, the caller's
// identity through getWXContext(), timers on demand, a clock tests can move, and its local HTTP surface.
import { startLocalCloud, sdkFor, type LocalCloud } from '../../support/localcloud'
import { dbSnapshot } from '../../support/snapshot'
import { hostNow, PINNED_NOW } from '../../support/clock'
import { CALLERS } from '../../support/callers'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startLocalCloud()
})
afterAll(() => cloud.stop())

it('runs the daily and minutely timers on demand, on the Shanghai day of the moved clock', async () => {
  // 2027-01-31 17:30 UTC is already 1 February in Shanghai.
  const moved = (await cloud.post('/__cloud/clock', { now: '2027-01-31T17:30:00Z' })) as { now: string }
  expect(moved.now.startsWith('2027-01-31T17:3')).toBe(true)
  const daily = (await cloud.post('/__cloud/timers/daily')) as { ok: boolean; data: { day: string } }
  expect(daily).toMatchObject({ ok: true, data: { day: '2027-02-01' } })
  await cloud.post('/__cloud/clock', undefined, 'DELETE')
  const minutely = (await cloud.post('/__cloud/timers/minutely')) as { ok: boolean; data: { ranAt: string } }
  expect(Math.abs(Date.parse(minutely.data.ranAt) - hostNow().getTime())).toBeLessThan(60_000)
})

it('starts at the moment the run, or its project of jest.config.js, is pinned to', async () => {
  const pinned = (globalThis as { LOCALCLOUD_NOW?: string }).LOCALCLOUD_NOW ?? (process.env.LOCALCLOUD_NOW || PINNED_NOW)
  const { now } = (await cloud.post('/__cloud/clock', undefined, 'DELETE')) as { now: string }
  // A run goes on for minutes after the moment it is pinned to; the moments are hours apart.
  expect(Math.abs(Date.parse(now) - Date.parse(pinned))).toBeLessThan(30 * 60_000)
})

it('gives each invocation its caller, also when many run at once', async () => {
  const openids = [CALLERS.familyPermitted, CALLERS.cadreSelf, CALLERS.staffSame, CALLERS.familyUnlinked]
  const calls = Array.from({ length: 24 }, (_v, i) => openids[i % openids.length])
  const answers = await Promise.all(calls.map((o) => cloud.ok(o, 'me.get', {})))
  expect(answers.map((a) => a.me.openid)).toEqual(calls)
})

it('counts the database round trips of each invocation', async () => {
  const { result, roundTrips } = await cloud.invoke('api', { action: 'home.get', input: {} }, CALLERS.familyPermitted)
  expect(result).toMatchObject({ ok: true })
  expect(roundTrips).toBeGreaterThanOrEqual(2)
  const unknown = await cloud.invoke('api', { action: 'no.such', input: {} }, CALLERS.familyPermitted)
  expect(unknown.roundTrips).toBe(0)
})

it('serves each action from its own function only: the office’s figures are unknown to api, and the reverse', async () => {
  const { admin } = CALLERS
  expect((await cloud.invoke('api', { action: 'stats.overview', input: {} }, admin)).result).toMatchObject({
    ok: false,
    error: { code: 'UNKNOWN_ACTION' },
  })
  expect((await cloud.invoke('office', { action: 'home.get', input: {} }, admin)).result).toMatchObject({
    ok: false,
    error: { code: 'UNKNOWN_ACTION' },
  })
  expect((await cloud.invoke('office', { action: 'stats.overview', input: {} }, admin)).result).toMatchObject({ ok: true })
})

it('lists every action with its roles and input JSON Schema, and the demo identities', async () => {
  const actions = (await (await fetch(`${cloud.url}/__cloud/actions`)).json()) as { name: string; roles: string[]; input: object }[]
  expect(actions.map((a) => a.name)).toContain('binding.request')
  for (const a of actions) {
    expect(a.roles.length).toBeGreaterThan(0)
    expect(a.input).toHaveProperty('$schema')
  }
  const people = (await (await fetch(`${cloud.url}/__cloud/identities`)).json()) as { openid: string; role?: string; name: string }[]
  const roles = new Set(people.map((p) => p.role))
  for (const r of ['cadre', 'family', 'staff', 'provider', 'admin']) expect(roles).toContain(r)
})

it('signs the browser in as a demo identity and sends it home', async () => {
  const res = await fetch(`${cloud.url}/__cloud/as/demo-family-wangli`, { redirect: 'manual' })
  expect(res.status).toBe(302)
  expect(res.headers.get('location')).toBe('/#/pages/home/index')
  const cookie = res.headers.get('set-cookie') ?? ''
  const home = await fetch(`${cloud.url}/__cloud/callFunction`, {
    method: 'POST',
    headers: { cookie: cookie.split(';')[0] },
    body: JSON.stringify({ name: 'api', data: { action: 'home.get', input: {} } }),
  })
  expect(await home.json()).toMatchObject({ ok: true, data: { me: { name: '王丽' } } })
})

it('runs a function called through the SDK (functions.invokeFunction), as a function calling another would', async () => {
  const { result } = await sdkFor(cloud).callFunction('daily', { Type: 'Timer', TriggerName: 'daily', Time: hostNow().toISOString() })
  expect(result).toMatchObject({ ok: true, data: { day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } })
})

it('refuses the timer functions to every WeChat user, even one who forges the timer event, and runs nothing', async () => {
  const forged = { Type: 'Timer', TriggerName: 'daily', Time: hostNow().toISOString() }
  const before = await dbSnapshot(cloud)
  for (const [fn, data, openid] of [
    ['daily', {}, CALLERS.familyPermitted],
    ['daily', forged, CALLERS.admin],
    ['minutely', {}, 'stranger-timer'],
    ['minutely', { ...forged, TriggerName: 'minutely' }, CALLERS.staffSame],
  ] as const) {
    const { result } = await cloud.invoke(fn, data, openid)
    expect([fn, openid, result]).toEqual([fn, openid, { ok: false, error: { code: 'TIMER_ONLY', message: expect.stringMatching(/定时/) } }])
  }
  // A call with no user but not from the trigger is refused too.
  expect((await sdkFor(cloud).callFunction('minutely', {})).result).toMatchObject({ ok: false, error: { code: 'TIMER_ONLY' } })
  expect(await dbSnapshot(cloud)).toBe(before)
})

it('gives one hash of the whole database that stands still on reads and moves with any write, however deep', async () => {
  const db = sdkFor(cloud).database()
  const start = await dbSnapshot(cloud)
  await db.collection('cadres').where({}).limit(1000).get()
  expect(await dbSnapshot(cloud)).toBe(start)
  const written = await db
    .collection('cadres')
    .doc('cadre-01')
    .update({ data: { 'marks.deep.note': 'changed deep inside' } })
  expect(written.stats.updated).toBe(1)
  expect(await dbSnapshot(cloud)).not.toBe(start)
})

it('brings the database back to a marked state, unique indexes and all, for tests that start each from the same place', async () => {
  expect(await cloud.post('/__cloud/restore')).toMatchObject({ errMsg: expect.stringContaining('mark') })
  const code = await cloud.ok(CALLERS.staffSame, 'bindingCode.issue', { cadreId: 'cadre-01', purpose: 'family' })
  await cloud.post('/__cloud/mark')
  const marked = await dbSnapshot(cloud)
  await cloud.ok('demo-family-restore', 'binding.request', { requesterName: '林晓', relation: '子女', code: code.code })
  expect(await dbSnapshot(cloud)).not.toBe(marked)
  expect(await cloud.post('/__cloud/restore')).toMatchObject({ rewritten: expect.any(Number) })
  expect(await dbSnapshot(cloud)).toBe(marked)
  // The code is unused again and the link gone, so the same link can be made again without a unique-index clash.
  await cloud.ok('demo-family-restore', 'binding.request', { requesterName: '林晓', relation: '子女', code: code.code })
})
