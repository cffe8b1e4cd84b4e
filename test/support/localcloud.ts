// Starts localcloud as its own process (as `npm start` does) on a free port with a fresh data folder,
// so each test file has its own cloud and can kill -9 it.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { request } from './http'
import type { ActionInput, ActionName, ActionOutput, Result } from '../../cloudfunctions/lib/contracts'
import type { Database } from '../../cloudfunctions/lib/db/types'
import { functionOf } from '../../cloudfunctions/lib/core/functions'

const root = path.resolve(__dirname, '../..')

export interface LocalCloud {
  url: string
  dataDir: string
  /** Calls a function as the mini-program would, as the given WeChat user. */
  /** The answer, the database requests it made, and how many of them it waited for one after another. */
  invoke(
    name: string,
    data: unknown,
    openid: string,
  ): Promise<{ result: unknown; roundTrips: number; waits: number; firstWrites: Record<string, number> }>
  /** Calls an api action as the given user and answers the `{ ok, data | error }` result. */
  act<A extends ActionName>(openid: string, action: A, input: ActionInput<A>): Promise<Result<ActionOutput<A>>>
  /** Calls an api action and answers its data, failing the test on an error answer. */
  ok<A extends ActionName>(openid: string, action: A, input: ActionInput<A>): Promise<ActionOutput<A>>
  post(pathname: string, body?: unknown, method?: string): Promise<unknown>
  stop(): Promise<void>
  kill9(): Promise<void>
}

export async function startLocalCloud(
  options: { dataDir?: string; seed?: boolean; port?: number; env?: Record<string, string> } = {},
): Promise<LocalCloud> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'localcloud-'))
  const args = [
    '--import',
    'tsx',
    path.join(root, 'localcloud/main.ts'),
    '--port',
    String(options.port ?? 0),
    '--data',
    dataDir,
    '--no-timers',
  ]
  if (options.seed === false) args.push('--no-seed')
  // The functions inherit localcloud's environment: `env` sets what a platform's function configuration would.
  const proc = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const onData = (b: Buffer) => {
      out += b.toString()
      const m = /就近 local: (http:\/\/\S+)/.exec(out)
      if (m) resolve(m[1])
    }
    proc.stdout.on('data', onData)
    proc.stderr.on('data', (b: Buffer) => {
      out += b.toString()
      process.stderr.write(b)
    })
    proc.on('exit', (code) => reject(new Error(`localcloud exited (${code}) before it was ready:\n${out}`)))
  })
  return makeClient(url, dataDir, proc)
}

function makeClient(url: string, dataDir: string, proc: ChildProcess): LocalCloud {
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()))
  const cloud: LocalCloud = {
    url,
    dataDir,
    async invoke(name, data, openid) {
      const res = await request(`${url}/__cloud/callFunction`, { method: 'POST', headers: { 'x-openid': openid }, body: { name, data } })
      if (res.status !== 200) throw new Error(`callFunction ${name} → HTTP ${res.status}: ${res.body}`)
      return {
        result: res.json(),
        roundTrips: Number(res.headers['x-localcloud-roundtrips']),
        waits: Number(res.headers['x-localcloud-waits']),
        firstWrites: JSON.parse(String(res.headers['x-localcloud-first-writes'] ?? '{}')) as Record<string, number>,
      }
    },
    async act(openid, action, input) {
      return (await cloud.invoke(functionOf(action), { action, input }, openid)).result as never
    },
    async ok(openid, action, input) {
      const r = await cloud.act(openid, action, input)
      if (!r.ok) throw new Error(`${action} as ${openid} failed: ${r.error.code} ${r.error.message}`)
      return r.data
    },
    async post(pathname, body, method = 'POST') {
      return (await request(`${url}${pathname}`, { method, body })).json()
    },
    async stop() {
      proc.kill('SIGTERM')
      await exited
    },
    async kill9() {
      proc.kill('SIGKILL')
      await exited
    },
  }
  return cloud
}

/** Points this test process's own wx-server-sdk at a localcloud, as a trusted admin would connect. */
export function sdkFor(cloud: LocalCloud) {
  process.env.TENCENTCLOUD = 'true'
  process.env.SILENCE = 'true'
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk')
  sdk.init({ env: 'local', serviceUrl: `${cloud.url}/admin`, secretId: 'local', secretKey: 'local', timeout: 10000 } as never)
  return {
    database: () => sdk.database() as unknown as Database,
    callFunction: (name: string, data: unknown) => sdk.callFunction({ name, data: data as never }) as Promise<{ result: unknown }>,
    uploadFile: (o: { cloudPath: string; fileContent: Buffer }) => sdk.uploadFile(o) as Promise<{ fileID: string }>,
    getTempFileURL: (o: { fileList: (string | { fileID: string; maxAge: number })[] }) =>
      sdk.getTempFileURL(o as never) as Promise<{ fileList: { fileID: string; status: number; tempFileURL: string }[] }>,
    deleteFile: (o: { fileList: string[] }) => sdk.deleteFile(o) as Promise<{ fileList: { fileID: string; status: number }[] }>,
  }
}
