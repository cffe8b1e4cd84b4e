// Gate 4 — round trips: every action's database requests, counted by localcloud for each kind of caller
// allowed to make it, stay within its budget in bench/budgets.ts. Deterministic, so it is a test; times
// are only measured by `npm run bench`.
import { BUDGETS } from '../../../bench/budgets'
import { startLocalCloud, type LocalCloud } from '../../support/localcloud'
import { actionCatalog, type CatalogEntry } from '../../support/catalog'
import { CALLERS, freshOpenid, mayCall, type CallerKind } from '../../support/callers'
import { prepare } from '../../support/fixtures'

let cloud: LocalCloud
let actions: CatalogEntry[]

beforeAll(async () => {
  cloud = await startLocalCloud()
  actions = (await actionCatalog(cloud)).sort((a, b) => Number(!!a.access.anyone) - Number(!!b.access.anyone))
})
afterAll(() => cloud.stop())

it('has a round-trip budget for every action', () => {
  expect(actions.map((a) => a.name).filter((n) => BUDGETS.roundTrips[n] === undefined)).toEqual([])
})

it('keeps every action within its round-trip budget, for every caller allowed to make it', async () => {
  const worst: Record<string, number> = {}
  for (const action of actions) {
    for (const kind of Object.keys(CALLERS) as CallerKind[]) {
      if (!mayCall(action.access, kind)) continue
      const { input, as } = await prepare(cloud, action.name)
      const openid = as?.[kind] ?? (kind === 'stranger' ? freshOpenid() : CALLERS[kind])
      const { roundTrips } = await cloud.invoke('api', { action: action.name, input }, openid)
      worst[action.name] = Math.max(worst[action.name] ?? 0, roundTrips)
    }
  }
  const over = Object.entries(worst).filter(([name, n]) => n > BUDGETS.roundTrips[name])
  expect(over.map(([name, n]) => `${name}: ${n} > ${BUDGETS.roundTrips[name]}`)).toEqual([])
})
