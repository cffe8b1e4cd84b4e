// Gate 2 — hostile input: every action gets its valid input made wrong in every way we can think of, plus
// random values from fast-check (fixed seed here; `npm run fuzz` runs many more with a new seed). Every answer
// is a coded error with a Chinese message, the function never crashes, and an invalid input writes nothing.
import fc from 'fast-check'
import { ERROR_MESSAGES, type ActionName } from '../../../cloudfunctions/lib/contracts'
import { contracts } from '../../../cloudfunctions/lib/all.contracts'
import { useFileCloud } from '../../support/gates'
import type { CatalogEntry } from '../../support/catalog'
import { CALLERS, mayCall, type CallerKind } from '../../support/callers'
import { prepare } from '../../support/fixtures'
import { functionOf } from '../../../cloudfunctions/lib/core/functions'

const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261122)
if (process.env.FUZZ_SEED) console.log(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED})`)
const RUNS = Number(process.env.FUZZ_RUNS ?? 25)

const ctx = useFileCloud()

const HUGE = '长'.repeat(100_000)
const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  0.5,
  1e21,
  true,
  '',
  HUGE,
  '2099-13-45',
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  ['cadre-01'],
  {},
]

/** Required in every branch of the schema (a union's branches each list their own). */
function requiredKeys(schema: Record<string, unknown>): Set<string> {
  const branches = (schema.anyOf as Record<string, unknown>[] | undefined) ?? [schema]
  const lists = branches.map((b) => new Set((b.required as string[] | undefined) ?? []))
  return new Set([...lists[0]].filter((k) => lists.every((l) => l.has(k))))
}

function hostileVariants(valid: Record<string, unknown>, schema: Record<string, unknown>): unknown[] {
  const out: unknown[] = [null, 'input', 42, [], true, { ...valid, extra: 1 }]
  out.push(JSON.parse(`{"__proto__": {"roles": ["admin"]}, ${JSON.stringify(valid).slice(1, -1) || '"x": 1'}}`))
  out.push({ ...valid, constructor: { prototype: { roles: ['admin'] } } })
  const required = requiredKeys(schema)
  for (const key of Object.keys(valid)) {
    if (required.has(key)) {
      const rest = { ...valid }
      delete rest[key]
      out.push(rest)
    }
    for (const wrong of WRONG_VALUES) out.push({ ...valid, [key]: wrong })
  }
  return out
}

function firstAllowed(entry: CatalogEntry): CallerKind {
  const kind = (Object.keys(CALLERS) as CallerKind[]).find((k) => k !== 'stranger' && mayCall(entry.access, k))
  if (!kind) throw new Error(`${entry.name}: no caller may use it`)
  return kind
}

async function check(action: ActionName, openid: string, input: unknown) {
  const sent = JSON.parse(JSON.stringify({ input }) ?? '{}').input
  const invalid = !contracts[action].input.safeParse(sent ?? {}).success
  const before = invalid ? await ctx.snapshot() : ''
  const { result } = await ctx.cloud.invoke(functionOf(action), { action, input: sent }, openid)
  const answer = result as { ok: boolean; error?: { code: string; message: string } }
  const label = `${action} ← ${JSON.stringify(sent)?.slice(0, 120)}`
  if (invalid) {
    expect([label, answer.ok, answer.error?.code]).toEqual([label, false, 'BAD_INPUT'])
    expect(await ctx.snapshot()).toBe(before)
  } else if (!answer.ok) {
    expect([label, Object.keys(ERROR_MESSAGES).includes(answer.error?.code ?? '') && answer.error?.code !== 'INTERNAL']).toEqual([
      label,
      true,
    ])
  }
  if (!answer.ok) expect(answer.error?.message).toMatch(/[\u4e00-\u9fa5]/)
}

/** Every action by name (one test each, so a slow one is visible); those anyone may call last, as the host orders them. */
const NAMES = (Object.keys(contracts) as ActionName[]).sort(
  (a, b) => Number(!!contracts[a].access.anyone) - Number(!!contracts[b].access.anyone),
)
const entryOf = (name: ActionName) => ctx.actions.find((a) => a.name === name)!

it('covers every action the host lists', () => {
  expect(ctx.actions.map((a) => a.name).sort()).toEqual([...NAMES].sort())
})

describe.each(NAMES)('%s', (name) => {
  it('answers every deliberately broken input with BAD_INPUT in Chinese and writes nothing', async () => {
    const entry = entryOf(name)
    const { input, as } = await prepare(ctx.cloud, entry.name)
    const kind = firstAllowed(entry)
    const openid = as?.[kind] ?? CALLERS[kind]
    for (const variant of hostileVariants(input as Record<string, unknown>, entry.input)) await check(entry.name, openid, variant)
  })

  it('never crashes and never writes on random values in place of any field (fast-check)', async () => {
    const entry = entryOf(name)
    const { input, as } = await prepare(ctx.cloud, entry.name)
    const kind = firstAllowed(entry)
    const openid = as?.[kind] ?? CALLERS[kind]
    const keys = [...Object.keys(input as object), 'extra', '__proto__', '$where']
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), async (changes) => {
        await check(entry.name, openid, { ...(input as object), ...changes })
      }),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
