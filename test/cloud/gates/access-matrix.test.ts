// Gate 1 — the access matrix: every action, called as every kind of caller, is allowed or FORBIDDEN exactly
// as its contract declares, and a refused call writes nothing.
import { useFileCloud } from '../../support/gates'
import { CALLERS, freshOpenid, mayCall, type CallerKind } from '../../support/callers'
import { FIXTURES, prepare } from '../../support/fixtures'

const ctx = useFileCloud()

it('has a fixture for every action the host lists', () => {
  expect(ctx.actions.map((a) => a.name).sort()).toEqual(Object.keys(FIXTURES).sort())
})

it('allows or refuses every kind of caller exactly as each action declares', async () => {
  const kinds = Object.keys(CALLERS) as CallerKind[]
  const outcomes: string[] = []
  const expected: string[] = []
  const { cloud, actions, snapshot } = ctx
  for (const action of actions) {
    for (const kind of kinds) {
      const { input, as } = await prepare(cloud, action.name)
      const openid = as?.[kind] ?? (kind === 'stranger' ? freshOpenid() : CALLERS[kind])
      const allowed = mayCall(action.access, kind)
      const before = allowed ? '' : await snapshot()
      const { result } = await cloud.invoke('api', { action: action.name, input }, openid)
      const answer = result as { ok: boolean; error?: { code: string; message: string } }
      const refused = !answer.ok && answer.error?.code === 'FORBIDDEN'
      outcomes.push(`${action.name} as ${kind}: ${refused ? 'FORBIDDEN' : 'allowed'}`)
      expected.push(`${action.name} as ${kind}: ${allowed ? 'allowed' : 'FORBIDDEN'}`)
      if (!allowed) {
        expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/)
        expect([`${action.name} as ${kind}`, await snapshot()]).toEqual([`${action.name} as ${kind}`, before])
      }
    }
  }
  expect(outcomes).toEqual(expected)
})
