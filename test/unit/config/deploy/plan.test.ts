// The deploy plan, worked out without any network: against an empty environment it is everything the repo
// declares; against an environment that has it all, nothing; what production has beyond the repo is reported and
// left alone; a changed function is uploaded alone; a function without its ticket key gets one.
import path from 'node:path'
import { declaredFromRepo, type Declared } from '../../../../config/deploy/declared'
import { EMPTY_ENVIRONMENT, isEmpty, planDeploy } from '../../../../config/deploy/plan'
import { everythingThere } from './environments'
import { planWords } from '../../../../config/deploy/words'
import rules from '../../../../cloudfunctions/lib/db/security-rules.json'
import indexes from '../../../../cloudfunctions/lib/db/indexes.json'

const root = path.resolve(__dirname, '../../../..')
const release = { version: '0.1.0', desc: 'abc1234 测试' }
// Fingerprints as a build would give them, so the test does not depend on whether dist/ is there.
const declared: Declared = {
  ...declaredFromRepo(root, release),
  functions: declaredFromRepo(root, release).functions.map((f) => ({ ...f, fingerprint: `fp-${f.name}` })),
  weapp: { ...release, fingerprint: 'fp-weapp' },
}

it('plans everything the repo declares for an empty environment: collections, rules, indexes, four functions, two triggers', () => {
  const plan = planDeploy(declared, EMPTY_ENVIRONMENT)
  expect(plan.createCollections).toEqual(rules.collections)
  expect(plan.setRules).toEqual(rules.collections)
  expect(plan.setStorageRule).toBe(true)
  expect(plan.addIndexes).toEqual(indexes.map((i) => ({ ...i, unique: i.unique === true })))
  expect(plan.addIndexes.filter((i) => i.unique).map((i) => `${i.collection}.${i.name}`)).toEqual(
    indexes.filter((i) => i.unique).map((i) => `${i.collection}.${i.name}`),
  )
  expect(plan.functions.map((f) => [f.name, f.upload, f.missingVariables])).toEqual([
    ['api', true, ['UPLOAD_TICKET_KEY']],
    ['office', true, ['UPLOAD_TICKET_KEY']],
    ['daily', true, ['UPLOAD_TICKET_KEY']],
    ['minutely', true, ['UPLOAD_TICKET_KEY']],
  ])
  expect(plan.createTriggers).toEqual([
    { functionName: 'daily', triggers: [{ name: 'daily-0800', type: 'timer', config: '0 0 8 * * * *' }] },
    { functionName: 'minutely', triggers: [{ name: 'every-minute', type: 'timer', config: '0 * * * * * *' }] },
  ])
  expect(plan.uploadWeapp).toEqual({ version: '0.1.0', desc: 'abc1234 测试', fingerprint: 'fp-weapp' })
  const words = planWords(plan, declared)
  expect(words).toContain(`建索引 ${indexes.length} 个：`)
  expect(words).toContain('  bookings.slot_unique（slotKey，唯一）')
  expect(words).toContain('上传小程序体验版：版本 0.1.0，说明“abc1234 测试”')
})

it('plans nothing for an environment that has it all, and says so', () => {
  const plan = planDeploy(declared, everythingThere(declared))
  expect(isEmpty(plan)).toBe(true)
  expect(plan).toMatchObject({ extraIndexes: [], conflictingIndexes: [], extraTriggers: [] })
  expect(planWords(plan, declared)).toEqual(['环境和仓库一致，没有要改的。'])
})

it('reports an index or trigger production has beyond the repo, and one of the same name built otherwise, and changes neither', () => {
  const env = everythingThere(declared)
  env.collections.cadres.indexes.push({ name: 'old_phone', fields: ['phone'], unique: false })
  const slot = env.collections.bookings.indexes.find((i) => i.name === 'slot_unique')!
  slot.unique = false
  env.functions.daily.triggers.push({ name: 'daily-2000', type: 'timer', config: '0 0 20 * * * *' })
  const plan = planDeploy(declared, env)
  expect(isEmpty(plan)).toBe(true)
  expect(plan.extraIndexes).toEqual([{ collection: 'cadres', name: 'old_phone' }])
  expect(plan.conflictingIndexes.map((c) => c.wanted.name)).toEqual(['slot_unique'])
  expect(plan.extraTriggers).toEqual([{ functionName: 'daily', name: 'daily-2000' }])
  const words = planWords(plan, declared).join('\n')
  expect(words).toContain('⚠ 索引 cadres.old_phone 在环境里有、仓库里没有：保留不动')
  expect(words).toContain('不会自动删了重建')
})

it('uploads only the function whose build changed, gives a function without a ticket key one, and fixes a wrong rule', () => {
  const env = everythingThere(declared)
  env.functions.daily.fingerprint = 'fp-older'
  env.functions.minutely.variables = ['DEPLOYED_CODE']
  env.collections.users.rule = { read: true, write: false }
  delete env.collections.grids
  const plan = planDeploy(declared, env)
  expect(plan.functions.map((f) => [f.name, f.upload, f.configure, f.missingVariables])).toEqual([
    ['daily', true, true, []],
    ['minutely', false, true, ['UPLOAD_TICKET_KEY']],
  ])
  expect(plan).toMatchObject({ createCollections: ['grids'], setRules: ['users', 'grids'], uploadWeapp: null, createTriggers: [] })
  expect(plan.addIndexes).toEqual(indexes.filter((i) => i.collection === 'grids').map((i) => ({ ...i, unique: i.unique === true })))
})
