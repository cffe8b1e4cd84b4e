// What the repo declares an environment must have, read from the files the code and localcloud already use:
// the collections and their rule (lib/db/security-rules.json), the indexes (lib/db/indexes.json), each function's
// config.json (timeout, timer triggers) and, when built, a fingerprint of what would be uploaded.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { FUNCTIONS } from '../build-functions'

export interface IndexSpec {
  collection: string
  name: string
  fields: string[]
  unique: boolean
}

export interface TriggerSpec {
  name: string
  type: string
  config: string
}

export interface FunctionSpec {
  name: string
  timeout: number
  triggers: TriggerSpec[]
  /** Of dist/cloudfunctions/<name>; absent before the build. */
  fingerprint?: string
}

export interface AccessRule {
  read: boolean | string
  write: boolean | string
}

export interface Declared {
  collections: string[]
  /** The one rule every collection gets (clients read and write nothing; all goes through the api function). */
  collectionRule: AccessRule
  storageRule: AccessRule
  indexes: IndexSpec[]
  functions: FunctionSpec[]
  weapp: { version: string; desc: string; fingerprint?: string }
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T

/** A digest of every file under a folder (paths and contents, in a stable order); undefined when it is not there. */
export function fingerprintOf(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined
  const hash = crypto.createHash('sha256')
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(rel, entry.name)
      if (entry.isDirectory()) walk(child)
      else hash.update(`${child}\0`).update(fs.readFileSync(path.join(dir, child)))
    }
  }
  walk('')
  return hash.digest('hex').slice(0, 16)
}

export function declaredFromRepo(root: string, weapp: { version: string; desc: string }): Declared {
  const db = path.join(root, 'cloudfunctions/lib/db')
  const rules = readJson<{ collections: string[]; rules: AccessRule; storage: AccessRule }>(path.join(db, 'security-rules.json'))
  const indexes = readJson<{ collection: string; name: string; fields: string[]; unique?: boolean }[]>(path.join(db, 'indexes.json'))
  return {
    collections: rules.collections,
    collectionRule: rules.rules,
    storageRule: rules.storage,
    indexes: indexes.map((i) => ({ ...i, unique: i.unique === true })),
    functions: FUNCTIONS.map((name) => {
      const config = readJson<{ timeout: number; triggers?: TriggerSpec[] }>(path.join(root, 'cloudfunctions', name, 'config.json'))
      const fingerprint = fingerprintOf(path.join(root, 'dist/cloudfunctions', name))
      return { name, timeout: config.timeout, triggers: config.triggers ?? [], ...(fingerprint ? { fingerprint } : {}) }
    }),
    weapp: {
      ...weapp,
      ...(fingerprintOf(path.join(root, 'dist/weapp')) ? { fingerprint: fingerprintOf(path.join(root, 'dist/weapp')) } : {}),
    },
  }
}
