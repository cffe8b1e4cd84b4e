// The only file that talks to WeChat and CloudBase, through their official tools: @cloudbase/manager-node reads
// and changes collections, rules, indexes and function settings; miniprogram-ci uploads the functions (with their
// dependencies installed in the cloud), creates their timer triggers and uploads the weapp as a trial version.
// The tools live in config/deploy/node_modules (their own pinned package.json and lockfile, ~700 packages that
// `npm test` does not need), installed by `tools.ts` on the first real deploy.
import crypto from 'node:crypto'
import path from 'node:path'
import { createRequire } from 'node:module'
import type { AccessRule, Declared } from './declared'
import type { Environment, Plan } from './plan'
import type { Settings } from './settings'

/** The parts of @cloudbase/manager-node used here (its own types are in config/deploy/node_modules). */
interface Manager {
  database: {
    listCollections(o: {
      MgoLimit: number
      MgoOffset: number
    }): Promise<{ Collections: { CollectionName: string }[]; Pager: { Total: number } }>
    describeCollection(
      name: string,
    ): Promise<{ Indexes?: { Name: string; Keys: { Name: string; Direction: string }[]; Unique: boolean }[] }>
    createCollectionIfNotExists(name: string): Promise<unknown>
    updateCollection(
      name: string,
      info: {
        CreateIndexes: { IndexName: string; MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean } }[]
      },
    ): Promise<unknown>
    runCommands(o: { MgoCommands: { TableName: string; CommandType: string; Command: string }[] }): Promise<{ Data: string[] }>
  }
  storage: {
    getStorageAcl(o: { withRule: true }): Promise<{ acl: string; rule?: AccessRule }>
    setStorageAcl(acl: 'CUSTOM', rule: AccessRule): Promise<unknown>
  }
  functions: {
    getFunctionList(limit: number, offset: number): Promise<{ Functions: { FunctionName: string }[] }>
    getFunctionDetail(name: string): Promise<{
      Timeout: number
      Environment?: { Variables?: { Key: string; Value: string }[] }
      Triggers?: { TriggerName?: string; Name?: string; Type: string; TriggerDesc?: string; Config?: string }[]
    }>
    updateFunctionConfig(f: { name: string; timeout: number; envVariables: Record<string, string> }): Promise<unknown>
  }
  commonService(
    service: string,
    version: string,
  ): { call(o: { Action: string; Param: Record<string, unknown> }): Promise<{ AclTag?: string; Rule?: string }> }
}

interface MiniprogramCi {
  Project: new (o: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown
  upload(o: { project: unknown; version: string; desc: string; robot: number; setting: Record<string, boolean> }): Promise<unknown>
  cloud: {
    uploadFunction(o: { project: unknown; env: string; name: string; path: string; remoteNpmInstall: boolean }): Promise<unknown>
    createTimeTrigger(o: {
      project: unknown
      envId: string
      functionName: string
      triggersConfig: { name: string; type: string; config: string }[]
    }): Promise<string>
  }
}

/** Where the last deploy keeps its fingerprints: variables of the functions (the weapp's on api, which it goes with). */
export const CODE_VARIABLE = 'DEPLOYED_CODE'
export const WEAPP_VARIABLE = 'DEPLOYED_WEAPP'
const SECRET_VARIABLES = ['UPLOAD_TICKET_KEY']

export interface Cloud {
  manager: Manager
  ci: MiniprogramCi
  project: unknown
  settings: Settings
}

export function connect(settings: Settings, root: string): Cloud {
  const need = createRequire(path.join(__dirname, 'package.json'))
  const CloudBase = need('@cloudbase/manager-node') as new (o: object) => Manager
  const ci = need('miniprogram-ci') as MiniprogramCi
  const manager = new CloudBase({ secretId: settings.secretId, secretKey: settings.secretKey, envId: settings.envId })
  const project = new ci.Project({
    appid: settings.appId,
    type: 'miniProgram',
    projectPath: path.join(root, 'dist/weapp'),
    privateKeyPath: settings.uploadKeyPath,
    ignores: ['node_modules/**/*'],
  })
  return { manager, ci, project, settings }
}

const tcb = (cloud: Cloud) => cloud.manager.commonService('tcb', '2018-06-08')

async function ruleOf(cloud: Cloud, collection: string): Promise<AccessRule | null> {
  const r = await tcb(cloud).call({ Action: 'DescribeSafeRule', Param: { EnvId: cloud.settings.envId, CollectionName: collection } })
  if (r.AclTag === 'ADMINONLY') return { read: false, write: false }
  return r.AclTag === 'CUSTOM' && r.Rule ? (JSON.parse(r.Rule) as AccessRule) : null
}

/** Reads what the environment has, in the shape the plan compares (secret values stay here: only names leave). */
export async function describeEnvironment(cloud: Cloud, declared: Declared): Promise<Environment> {
  const { database, functions, storage } = cloud.manager
  const names: string[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await database.listCollections({ MgoLimit: 100, MgoOffset: offset })
    names.push(...page.Collections.map((c) => c.CollectionName))
    if (names.length >= page.Pager.Total || page.Collections.length === 0) break
  }
  const collections: Environment['collections'] = {}
  for (const name of names) {
    const [described, rule] = await Promise.all([
      database.describeCollection(name),
      declared.collections.includes(name) ? ruleOf(cloud, name) : null,
    ])
    collections[name] = {
      rule,
      indexes: (described.Indexes ?? []).map((i) => ({ name: i.Name, fields: i.Keys.map((k) => k.Name), unique: i.Unique })),
    }
  }
  const existing = new Set((await functions.getFunctionList(100, 0)).Functions.map((f) => f.FunctionName))
  const fns: Environment['functions'] = {}
  let weappFingerprint: string | undefined
  for (const f of declared.functions.filter((d) => existing.has(d.name))) {
    const detail = await functions.getFunctionDetail(f.name)
    const variables = detail.Environment?.Variables ?? []
    const value = (key: string) => variables.find((v) => v.Key === key)?.Value
    fns[f.name] = {
      timeout: detail.Timeout,
      variables: variables.map((v) => v.Key),
      triggers: (detail.Triggers ?? []).map((t) => ({
        name: t.TriggerName ?? t.Name ?? '',
        type: t.Type,
        config: t.TriggerDesc ?? t.Config ?? '',
      })),
      ...(value(CODE_VARIABLE) ? { fingerprint: value(CODE_VARIABLE) } : {}),
    }
    if (f.name === 'api') weappFingerprint = value(WEAPP_VARIABLE)
  }
  const acl = await storage.getStorageAcl({ withRule: true })
  return {
    collections,
    storageRule: acl.acl === 'CUSTOM' ? (acl.rule ?? null) : null,
    functions: fns,
    ...(weappFingerprint ? { weappFingerprint } : {}),
  }
}

/** Carries out a plan, step by step, saying each step as it goes. */
export async function applyPlan(cloud: Cloud, root: string, declared: Declared, plan: Plan, say: (line: string) => void) {
  const { database, functions, storage } = cloud.manager
  for (const c of plan.createCollections) {
    await database.createCollectionIfNotExists(c)
    say(`✔ 集合 ${c}`)
  }
  for (const c of plan.setRules) {
    await tcb(cloud).call({
      Action: 'ModifySafeRule',
      Param: { EnvId: cloud.settings.envId, CollectionName: c, AclTag: 'CUSTOM', Rule: JSON.stringify(declared.collectionRule) },
    })
    say(`✔ 权限 ${c}`)
  }
  if (plan.setStorageRule) {
    await storage.setStorageAcl('CUSTOM', declared.storageRule)
    say('✔ 云存储权限')
  }
  for (const i of plan.addIndexes) {
    await database.updateCollection(i.collection, {
      CreateIndexes: [
        {
          IndexName: i.name,
          MgoKeySchema: { MgoIndexKeys: i.fields.map((f) => ({ Name: f, Direction: '1' })), MgoIsUnique: i.unique },
        },
      ],
    })
    say(`✔ 索引 ${i.collection}.${i.name}`)
  }
  for (const f of plan.functions) {
    if (f.upload) {
      await cloud.ci.cloud.uploadFunction({
        project: cloud.project,
        env: cloud.settings.envId,
        name: f.name,
        path: path.join(root, 'dist/cloudfunctions', f.name),
        remoteNpmInstall: true,
      })
      say(`✔ 云函数 ${f.name} 已上传（云端安装依赖）`)
    }
    // The variables it has are kept (the ticket key above all: a new one would void tickets in flight).
    const detail = await functions.getFunctionDetail(f.name)
    const kept = Object.fromEntries((detail.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]))
    const made = Object.fromEntries(SECRET_VARIABLES.filter((k) => !kept[k]).map((k) => [k, crypto.randomBytes(32).toString('hex')]))
    await functions.updateFunctionConfig({
      name: f.name,
      timeout: f.timeout,
      envVariables: { ...kept, ...made, ...(f.fingerprint ? { [CODE_VARIABLE]: f.fingerprint } : {}) },
    })
    say(`✔ 云函数 ${f.name} 设置：超时 ${f.timeout} 秒${Object.keys(made).length ? `，生成 ${Object.keys(made).join('、')}` : ''}`)
  }
  for (const t of plan.createTriggers) {
    const all = declared.functions.find((f) => f.name === t.functionName)?.triggers ?? t.triggers
    await cloud.ci.cloud.createTimeTrigger({
      project: cloud.project,
      envId: cloud.settings.envId,
      functionName: t.functionName,
      triggersConfig: all,
    })
    say(`✔ 定时触发器 ${t.functionName}`)
  }
  if (plan.uploadWeapp) {
    await cloud.ci.upload({
      project: cloud.project,
      version: plan.uploadWeapp.version,
      desc: plan.uploadWeapp.desc,
      robot: 1,
      setting: { es6: false, minify: false },
    })
    if (plan.uploadWeapp.fingerprint) await recordWeapp(cloud, plan.uploadWeapp.fingerprint)
    say(`✔ 小程序体验版 ${plan.uploadWeapp.version} 已上传：到微信公众平台 → 版本管理 设为体验版或提交审核`)
  }
}

async function recordWeapp(cloud: Cloud, fingerprint: string) {
  const { functions } = cloud.manager
  const detail = await functions.getFunctionDetail('api')
  const kept = Object.fromEntries((detail.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]))
  await functions.updateFunctionConfig({ name: 'api', timeout: detail.Timeout, envVariables: { ...kept, [WEAPP_VARIABLE]: fingerprint } })
}
