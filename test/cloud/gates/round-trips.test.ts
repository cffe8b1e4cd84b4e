// Gate 4 — round trips: every action's database requests, counted by localcloud for each kind of caller
// allowed to make it, stay within its budget in bench/budgets.ts. Deterministic, so it is a test; times
// are only measured by `npm run bench`.
import { BUDGETS } from '../../../bench/budgets'
import { useFileCloud } from '../../support/gates'
import { CALLERS, freshOpenid, mayCall, type CallerKind } from '../../support/callers'
import { prepare } from '../../support/fixtures'
import { functionOf } from '../../../cloudfunctions/lib/core/functions'

const ctx = useFileCloud()

it('has a round-trip budget for every action', () => {
  expect(ctx.actions.map((a) => a.name).filter((n) => BUDGETS.roundTrips[n] === undefined)).toEqual([])
})

it('keeps every action within its round-trip budget, for every caller allowed to make it', async () => {
  const { cloud, actions } = ctx
  const worst: Record<string, number> = {}
  for (const action of actions) {
    for (const kind of Object.keys(CALLERS) as CallerKind[]) {
      if (!mayCall(action.access, kind)) continue
      const { input, as } = await prepare(cloud, action.name)
      const openid = as?.[kind] ?? (kind === 'stranger' ? freshOpenid() : CALLERS[kind])
      const { roundTrips } = await cloud.invoke(functionOf(action.name), { action: action.name, input }, openid)
      worst[action.name] = Math.max(worst[action.name] ?? 0, roundTrips)
    }
  }
  const over = Object.entries(worst).filter(([name, n]) => n > BUDGETS.roundTrips[name])
  expect(over.map(([name, n]) => `${name}: ${n} > ${BUDGETS.roundTrips[name]}`)).toEqual([])
})
