// Gate 1 — the access matrix: every action, called as every kind of caller, is allowed or FORBIDDEN exactly
// as its contract declares, and a refused call writes nothing.
import { useFileCloud } from '../../support/gates'
import { startEachTestFromHere } from '../../support/refused'
import { CALLERS, freshOpenid, mayCall, type CallerKind } from '../../support/callers'
import { FIXTURES, prepare } from '../../support/fixtures'
import type { ActionName } from '../../../cloudfunctions/lib/contracts'
import { contracts } from '../../../cloudfunctions/lib/all.contracts'
import { functionOf } from '../../../cloudfunctions/lib/core/functions'

const ctx = useFileCloud()
// Each action starts from the seeded state: its fixtures then never wade through what earlier actions booked.
startEachTestFromHere(ctx)

/** Every action by name, one test each. */
const NAMES = Object.keys(contracts) as ActionName[]

it('has a fixture for every action the host lists, and the host lists every contract', () => {
  expect(ctx.actions.map((a) => a.name).sort()).toEqual(Object.keys(FIXTURES).sort())
  expect(ctx.actions.map((a) => a.name).sort()).toEqual([...NAMES].sort())
})

it.each(NAMES)('%s allows or refuses every kind of caller exactly as it declares', async (name) => {
  const kinds = Object.keys(CALLERS) as CallerKind[]
  const outcomes: string[] = []
  const expected: string[] = []
  const { cloud, snapshot } = ctx
  const action = ctx.actions.find((a) => a.name === name)!
  for (const kind of kinds) {
    const { input, as } = await prepare(cloud, action.name)
    const openid = as?.[kind] ?? (kind === 'stranger' ? freshOpenid() : CALLERS[kind])
    const allowed = mayCall(action.access, kind)
    const before = allowed ? '' : await snapshot()
    const { result } = await cloud.invoke(functionOf(action.name), { action: action.name, input }, openid)
    const answer = result as { ok: boolean; error?: { code: string; message: string } }
    const refused = !answer.ok && answer.error?.code === 'FORBIDDEN'
    outcomes.push(`${action.name} as ${kind}: ${refused ? 'FORBIDDEN' : 'allowed'}`)
    expected.push(`${action.name} as ${kind}: ${allowed ? 'allowed' : 'FORBIDDEN'}`)
    if (!allowed) {
      expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/)
      expect([`${action.name} as ${kind}`, await snapshot()]).toEqual([`${action.name} as ${kind}`, before])
    }
  }
  expect(outcomes).toEqual(expected)
})
