// The local host: one loopback HTTP server that is the CloudBase endpoint (/admin), runs the built
// functions like the platform (/__cloud/callFunction), fires their timers, moves the clock for tests,
// and serves the H5 build with a demo identity picker.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { Emulator, readBody, readBytes, send, type Counted } from '../emulator'
import type { IndexSpec } from '../emulator/store'
import { FunctionPool, type Identity } from './pool'
import { Timers, type TimerTrigger } from './timers'
import { actionCatalog } from './catalog'
import { seedIfEmpty } from '../seed'
import { validCloudPath } from '../emulator/storage'

/** The largest upload the host takes from a browser (the platform's own limit is far larger; ours is 10 MB). */
const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024

export interface HostOptions {
  port: number
  dataDir: string
  functionsDir: string
  h5Dir: string
  indexes: IndexSpec[]
  collections: string[]
  timers: boolean
  seed: boolean
  fsync?: boolean
}

export interface Host {
  url: string
  emulator: Emulator
  close(): Promise<void>
}

const APPID = 'wx-local-app'
const SESSION_COOKIE = 'jj_openid'

export async function startHost(options: HostOptions): Promise<Host> {
  // LOCALCLOUD_NOW (or a fixed LOCALCLOUD_CLOCK_OFFSET_MS shared by a whole test run) starts the clock at
  // another moment; it then runs on, and `DELETE /__cloud/clock` returns to it rather than to the real time.
  const baseOffsetMs = startingOffset(process.env)
  let clockOffsetMs = baseOffsetMs
  let dbMark: ReturnType<typeof emulator.store.mark> | undefined
  const now = () => new Date(Date.now() + clockOffsetMs)
  let adminUrl = ''
  const pool = new FunctionPool(() => adminUrl, { UPLOAD_TICKET_KEY: uploadTicketKey(options.dataDir) })
  const emulator = new Emulator({
    dir: options.dataDir,
    indexes: options.indexes,
    collections: options.collections,
    fsync: options.fsync,
    now,
    invokeFunction: (name, data, tag) => invoke(name, data, pool.identityOf(tag) ?? identity('')).then((r) => r.result),
  })
  if (options.seed) seedIfEmpty(emulator.store, now())

  const configs = readFunctionConfigs(options.functionsDir)

  async function invoke(name: string, event: unknown, who: Identity): Promise<{ result: unknown } & Counted> {
    const config = configs.get(name)
    if (!config) throw Object.assign(new Error(`函数 ${name} 不存在`), { status: 404 })
    let counted: Counted = { roundTrips: 0, waits: 0, firstWrites: {} }
    const result = await pool.invoke(
      { fn: name, file: config.file, event, identity: who, clockOffsetMs, timeoutMs: config.timeoutMs },
      (tag) => void emulator.takeRoundTrips(tag),
      (tag) => (counted = emulator.takeRoundTrips(tag)),
    )
    return { result, ...counted }
  }

  const triggers: TimerTrigger[] = [...configs.values()].flatMap((c) => c.triggers)
  const fireTimer = (t: TimerTrigger, at: Date) =>
    invoke(t.fn, { Type: 'Timer', TriggerName: t.name, Time: at.toISOString() }, identity(''))
  const timers = options.timers
    ? new Timers(triggers, now, (t, at) => void fireTimer(t, at).catch((e) => console.error(`[timer ${t.fn}]`, e.message)))
    : undefined

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: Error & { status?: number }) => {
      if (!res.headersSent) send(res, { errCode: -504002, errMsg: `functions execute fail: ${e.message}` }, e.status ?? 500)
    })
  })

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const p = url.pathname
    if (p === '/admin' && req.method === 'POST') return emulator.serve(req, res, url)
    // The storage bucket (COS): the SDK PUTs uploads here, temporary URLs GET from here.
    if (p.startsWith('/__cos/')) {
      const cloudPath = p.slice('/__cos/'.length).split('/').map(decodeURIComponent).join('/')
      const answer =
        req.method === 'PUT'
          ? emulator.storage.put(cloudPath, req.headers.authorization, await readBytes(req))
          : emulator.storage.get(cloudPath, url.searchParams)
      res.writeHead(answer.status, { 'content-type': answer.type })
      return void res.end(answer.body)
    }
    if (p === '/__cloud/callFunction' && req.method === 'POST') {
      const { name, data } = JSON.parse((await readBody(req)) || '{}') as { name?: string; data?: unknown }
      const openid = header(req, 'x-openid') ?? cookie(req, SESSION_COOKIE) ?? ''
      const out = await invoke(String(name), data ?? {}, identity(openid))
      return send(res, out.result ?? null, 200, {
        'x-localcloud-roundtrips': String(out.roundTrips),
        'x-localcloud-waits': String(out.waits),
        'x-localcloud-first-writes': JSON.stringify(out.firstWrites),
      })
    }
    if (p === '/__cloud/actions' && req.method === 'GET') return send(res, actionCatalog())
    if (p === '/__cloud/identities' && req.method === 'GET') return send(res, demoIdentities(emulator))
    if (p.startsWith('/__cloud/timers/') && req.method === 'POST') {
      const fn = decodeURIComponent(p.slice('/__cloud/timers/'.length))
      const t = triggers.find((x) => x.fn === fn)
      if (!t) return send(res, { errMsg: `函数 ${fn} 没有定时触发器` }, 404)
      const out = await fireTimer(t, now())
      return send(res, out.result ?? null, 200, { 'x-localcloud-roundtrips': String(out.roundTrips) })
    }
    if (p === '/__cloud/clock') {
      if (req.method === 'POST') {
        const { now: iso } = JSON.parse((await readBody(req)) || '{}') as { now?: string }
        const at = Date.parse(String(iso))
        if (Number.isNaN(at)) return send(res, { errMsg: 'now 必须是 ISO 时间' }, 400)
        clockOffsetMs = at - Date.now()
      } else if (req.method === 'DELETE') clockOffsetMs = baseOffsetMs
      timers?.reschedule()
      return send(res, { now: now().toISOString() })
    }
    if (p === '/__cloud/faults') {
      const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {}
      return send(res, emulator.setFaults(body))
    }
    if (p === '/__cloud/openapi') {
      if (req.method === 'DELETE') emulator.openapiCalls.length = 0
      return send(res, emulator.openapiCalls)
    }
    if (p === '/__cloud/phone-code' && req.method === 'POST') {
      const { phone, countryCode } = JSON.parse((await readBody(req)) || '{}') as { phone?: string; countryCode?: string }
      if (typeof phone !== 'string' || !/^\d{5,15}$/.test(phone)) return send(res, { errMsg: 'phone 必须是数字' }, 400)
      return send(res, { code: emulator.issuePhoneCode(phone, countryCode) })
    }
    // What wx.cloud.uploadFile does from the phone, for the H5 build: the signed-in user's bytes to a cloud path.
    if (p === '/__cloud/uploadFile' && req.method === 'PUT') {
      const openid = header(req, 'x-openid') ?? cookie(req, SESSION_COOKIE) ?? ''
      const cloudPath = url.searchParams.get('cloudPath')
      if (!openid) return send(res, { errCode: -1, errMsg: 'uploadFile:fail 请先登录' }, 401)
      if (!validCloudPath(cloudPath)) return send(res, { errCode: -501007, errMsg: 'uploadFile:fail cloudPath 不合法' }, 400)
      const bytes = await readBytes(req)
      if (bytes.length > UPLOAD_LIMIT_BYTES) return send(res, { errCode: -1, errMsg: 'uploadFile:fail 文件太大' }, 413)
      return send(res, { fileID: emulator.storage.store(cloudPath, bytes), errMsg: 'uploadFile:ok' })
    }
    if (p.startsWith('/__cloud/as/')) {
      const openid = decodeURIComponent(p.slice('/__cloud/as/'.length))
      res.writeHead(302, {
        'set-cookie': `${SESSION_COOKIE}=${encodeURIComponent(openid)}; Path=/; SameSite=Lax`,
        location: '/#/pages/home/index',
      })
      return void res.end()
    }
    if (p === '/__cloud/signout') {
      res.writeHead(302, { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0`, location: '/' })
      return void res.end()
    }
    // A test file marks the seeded state once and comes back to it before each test, so no test depends on another.
    if (p === '/__cloud/mark' && req.method === 'POST') {
      dbMark = emulator.store.mark()
      return send(res, { ok: true })
    }
    if (p === '/__cloud/restore' && req.method === 'POST') {
      if (!dbMark) return send(res, { errMsg: '还没有 POST /__cloud/mark' }, 400)
      return send(res, { rewritten: emulator.store.restore(dbMark) })
    }
    // The whole database in one hash: a test proves a refused call changed nothing by it standing still.
    if (p === '/__cloud/digest' && req.method === 'GET') return send(res, { digest: emulator.store.digest() })
    if (p === '/__cloud/whoami') return send(res, { openid: cookie(req, SESSION_COOKIE) ?? null })
    return serveStatic(options.h5Dir, p, res)
  }

  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  adminUrl = `${url}/admin`

  return {
    url,
    emulator,
    async close() {
      timers?.close()
      pool.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      emulator.close()
    },
  }
}

/** The clock's offset from the real time at start: none unless the environment pins another moment. */
export function startingOffset(env: NodeJS.ProcessEnv): number {
  const fixed = Number(env.LOCALCLOUD_CLOCK_OFFSET_MS)
  if (env.LOCALCLOUD_CLOCK_OFFSET_MS && Number.isFinite(fixed)) return fixed
  if (!env.LOCALCLOUD_NOW) return 0
  const at = Date.parse(env.LOCALCLOUD_NOW)
  if (Number.isNaN(at)) throw new Error(`LOCALCLOUD_NOW 不是 ISO 时间：${env.LOCALCLOUD_NOW}`)
  return at - Date.now()
}

function identity(openid: string): Identity {
  return { OPENID: openid, APPID: openid ? APPID : '', UNIONID: '' }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return typeof v === 'string' && v !== '' ? v : undefined
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name && v.join('=') !== '') return decodeURIComponent(v.join('='))
  }
  return undefined
}

function demoIdentities(emulator: Emulator) {
  return emulator.store
    .find('users', { demo: true }, { sort: { demoOrder: 1 } })
    .map((u) => ({ openid: u._id, role: (u.roles as string[])[0], roles: u.roles, name: u.name, note: u.demoNote ?? '' }))
}

interface FunctionConfig {
  file: string
  timeoutMs: number
  triggers: TimerTrigger[]
}

function readFunctionConfigs(dir: string): Map<string, FunctionConfig> {
  const out = new Map<string, FunctionConfig>()
  if (!fs.existsSync(dir)) return out
  for (const fn of fs.readdirSync(dir)) {
    const file = path.resolve(dir, fn, 'index.js')
    if (!fs.existsSync(file)) continue
    const configFile = path.join(dir, fn, 'config.json')
    const config = fs.existsSync(configFile)
      ? (JSON.parse(fs.readFileSync(configFile, 'utf8')) as {
          timeout?: number
          triggers?: { name: string; type: string; config: string }[]
        })
      : {}
    out.set(fn, {
      file,
      timeoutMs: (config.timeout ?? 20) * 1000,
      triggers: (config.triggers ?? []).filter((t) => t.type === 'timer').map((t) => ({ fn, name: t.name, cron: t.config })),
    })
  }
  return out
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
  const file = path.resolve(root, rel)
  const inside = file.startsWith(path.resolve(root) + path.sep)
  const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html')
  if (!fs.existsSync(target)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    return void res.end('H5 尚未构建：请先运行 npm run build:h5')
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream',
    'cache-control': cacheControlOf(target),
  })
  fs.createReadStream(target).pipe(res)
}

/** A file named by its content's hash never changes, so the browser keeps it; anything else is asked for again. */
function cacheControlOf(file: string): string {
  return /\.[0-9a-f]{8,}\.(js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** The key that signs upload tickets, as a deploy sets it: made once, kept beside the data so tickets outlive a restart. */
function uploadTicketKey(dataDir: string): string {
  const file = path.join(dataDir, 'upload-ticket-key')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx' })
  }
  return fs.readFileSync(file, 'utf8')
}
