// What a deploy must change, worked out from what the repo declares and what the environment has. Only additions
// and corrections: an index or trigger production has but the repo does not is reported, never dropped, and an
// index of the same name with other fields is reported rather than rebuilt (that would drop it first).
import type { AccessRule, Declared, IndexSpec, TriggerSpec } from './declared'

/** What an environment has, as read by `cloudbase.ts` (or written by hand for a dry run). */
export interface Environment {
  collections: Record<string, { rule?: AccessRule | null; indexes: Omit<IndexSpec, 'collection'>[] }>
  storageRule?: AccessRule | null
  functions: Record<
    string,
    {
      timeout?: number
      triggers: TriggerSpec[]
      /** The function's environment variables (values of secrets never leave `cloudbase.ts`: only their names). */
      variables: string[]
      /** The fingerprint the last deploy recorded for the code it uploaded. */
      fingerprint?: string
    }
  >
  /** The fingerprint of the last weapp build uploaded. */
  weappFingerprint?: string
}

export const EMPTY_ENVIRONMENT: Environment = { collections: {}, functions: {} }

/** Variables every function must have; their values are made once by the deploy and then kept. */
export const REQUIRED_VARIABLES = ['UPLOAD_TICKET_KEY'] as const

export interface FunctionChange {
  name: string
  upload: boolean
  /** Timeout and environment variables to set (after an upload they are always set). */
  configure: boolean
  missingVariables: string[]
  timeout: number
  fingerprint?: string
}

export interface Plan {
  createCollections: string[]
  setRules: string[]
  setStorageRule: boolean
  addIndexes: IndexSpec[]
  /** Same name, other fields or uniqueness: needs a person's decision. */
  conflictingIndexes: { wanted: IndexSpec; has: Omit<IndexSpec, 'collection'> }[]
  extraIndexes: { collection: string; name: string }[]
  functions: FunctionChange[]
  createTriggers: { functionName: string; triggers: TriggerSpec[] }[]
  extraTriggers: { functionName: string; name: string }[]
  uploadWeapp: Declared['weapp'] | null
}

const sameRule = (a: AccessRule | null | undefined, b: AccessRule) => !!a && a.read === b.read && a.write === b.write
const sameIndex = (a: Omit<IndexSpec, 'collection'>, b: Omit<IndexSpec, 'collection'>) =>
  a.unique === b.unique && a.fields.join(',') === b.fields.join(',')
const sameTrigger = (a: TriggerSpec, b: TriggerSpec) => a.name === b.name && a.type === b.type && a.config === b.config
/** Every collection has the `_id_` index of its own. */
const BUILT_IN_INDEX = '_id_'

export function planDeploy(declared: Declared, env: Environment): Plan {
  const has = (c: string) => env.collections[c]
  const indexesHad = (c: string) => has(c)?.indexes ?? []
  const addIndexes: IndexSpec[] = []
  const conflictingIndexes: Plan['conflictingIndexes'] = []
  for (const wanted of declared.indexes) {
    const existing = indexesHad(wanted.collection).find((i) => i.name === wanted.name)
    if (!existing) addIndexes.push(wanted)
    else if (!sameIndex(existing, wanted)) conflictingIndexes.push({ wanted, has: existing })
  }
  const declaredIndex = (c: string, name: string) => declared.indexes.some((i) => i.collection === c && i.name === name)
  const extraIndexes = Object.entries(env.collections).flatMap(([collection, c]) =>
    c.indexes.filter((i) => i.name !== BUILT_IN_INDEX && !declaredIndex(collection, i.name)).map((i) => ({ collection, name: i.name })),
  )

  const functions = declared.functions.flatMap((f): FunctionChange[] => {
    const now = env.functions[f.name]
    // Not built yet (a dry run before `npm run build`): a function that exists is taken to be current.
    const upload = !now || (f.fingerprint !== undefined && now.fingerprint !== f.fingerprint)
    const missingVariables = REQUIRED_VARIABLES.filter((v) => !now?.variables.includes(v))
    const configure = upload || now.timeout !== f.timeout || missingVariables.length > 0
    if (!upload && !configure) return []
    return [
      { name: f.name, upload, configure, missingVariables, timeout: f.timeout, ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}) },
    ]
  })
  const createTriggers = declared.functions.flatMap((f) => {
    const had = env.functions[f.name]?.triggers ?? []
    const missing = f.triggers.filter((t) => !had.some((h) => sameTrigger(h, t)))
    return missing.length ? [{ functionName: f.name, triggers: missing }] : []
  })
  const extraTriggers = Object.entries(env.functions).flatMap(([functionName, f]) => {
    const wanted = declared.functions.find((d) => d.name === functionName)?.triggers ?? []
    return f.triggers.filter((t) => !wanted.some((w) => w.name === t.name)).map((t) => ({ functionName, name: t.name }))
  })

  return {
    createCollections: declared.collections.filter((c) => !has(c)),
    setRules: declared.collections.filter((c) => !sameRule(has(c)?.rule, declared.collectionRule)),
    setStorageRule: !sameRule(env.storageRule, declared.storageRule),
    addIndexes,
    conflictingIndexes,
    extraIndexes,
    functions,
    createTriggers,
    extraTriggers,
    uploadWeapp: env.weappFingerprint !== undefined && env.weappFingerprint === declared.weapp.fingerprint ? null : declared.weapp,
  }
}

/** Nothing to change (what is only reported does not count). */
export const isEmpty = (p: Plan) =>
  !p.createCollections.length &&
  !p.setRules.length &&
  !p.setStorageRule &&
  !p.addIndexes.length &&
  !p.functions.length &&
  !p.createTriggers.length &&
  !p.uploadWeapp
