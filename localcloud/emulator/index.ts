// The CloudBase endpoint (`POST /admin`) with the switches tests and benchmarks use:
// added latency, round trips counted per function invocation, and injected faults.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomBytes, randomUUID } from 'node:crypto'
import { Database, type WireRequest } from './database'
import { CloudError } from './errors'
import { checkSubscribeMessage, decodeCall, encodeAnswer, formParts, OPENAPI_ERRORS, type OpenApiCall } from './openapi'
import { Store, type IndexSpec } from './store'
import { Storage } from './storage'
import { Transactions } from './transactions'

export interface Faults {
  /** Milliseconds added before every database request is answered. */
  latencyMs: number
  /** Fail the Nth database request from now (1 = the next one) with DATABASE_REQUEST_FAILED, writing nothing. */
  failNth: number
  /** Kill the emulator process when a transaction stages its Nth write (1 = the first), as a crash mid-transaction. */
  crashOnTxWrite: number
  /** Answer the next WeChat open API call with this errcode (e.g. 43101, the user refused), then succeed again. */
  openapiErrcode: number
}

interface Waits {
  inFlight: number
  count: number
  /** The wait in which each collection was first written outside a transaction (when a press was stored). */
  firstWrites: Record<string, number>
}

/** What one invocation cost: its requests, the waits among them, and when each collection was first written. */
export interface Counted {
  roundTrips: number
  waits: number
  firstWrites: Record<string, number>
}

const WRITES = [
  'database.insertDocument',
  'database.modifyDocument',
  'database.updateDocument',
  'database.removeDocument',
  'database.deleteDocument',
]

export interface EmulatorOptions {
  dir: string
  indexes: IndexSpec[]
  /** The collections that exist from the start (the repo's declared list); others must be created first. */
  collections: string[]
  fsync?: boolean
  now: () => Date
  invokeFunction: (name: string, data: unknown, callerTag: string | null) => Promise<unknown>
}

export class Emulator {
  readonly store: Store
  readonly txs: Transactions
  readonly storage: Storage
  private readonly db: Database
  readonly faults: Faults = { latencyMs: 0, failNth: 0, crashOnTxWrite: 0, openapiErrcode: 0 }
  private requestsSinceFault = 0
  private txWrites = 0
  /** Requests per caller tag (one tag per function invocation, set by the host). */
  private readonly roundTrips = new Map<string, number>()
  /**
   * Waits per caller tag: requests that found none of the invocation's others in flight, i.e. the round trips it
   * made one after another. Meaningful with latency added (at 0 ms a parallel request may arrive after its twin left).
   */
  private readonly waits = new Map<string, Waits>()
  /** Every WeChat open API call the functions made, oldest first. */
  readonly openapiCalls: OpenApiCall[] = []
  /** Codes the phone-number button would have handed out: single use, five minutes, as WeChat's. */
  private readonly phoneCodes = new Map<string, { phone: string; countryCode: string; until: number }>()

  constructor(private readonly options: EmulatorOptions) {
    this.store = new Store(options.dir, options.indexes, options.fsync ?? true)
    this.store.open()
    this.txs = new Transactions(this.store)
    this.storage = new Storage(options.dir, options.now, options.fsync ?? true)
    this.db = new Database(this.store, this.txs, options.now, options.collections)
  }

  setFaults(next: Partial<Faults>): Faults {
    Object.assign(this.faults, next)
    if (next.failNth !== undefined) this.requestsSinceFault = 0
    if (next.crashOnTxWrite !== undefined) this.txWrites = 0
    return this.faults
  }

  takeRoundTrips(tag: string): Counted {
    const n = this.roundTrips.get(tag) ?? 0
    const w = this.waits.get(tag)
    this.roundTrips.delete(tag)
    this.waits.delete(tag)
    return { roundTrips: n, waits: w?.count ?? 0, firstWrites: w?.firstWrites ?? {} }
  }

  async serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const tag = url.searchParams.get('caller')
    const w = tag ? (this.waits.get(tag) ?? { inFlight: 0, count: 0, firstWrites: {} }) : undefined
    if (tag && w) {
      if (w.inFlight === 0) w.count++
      w.inFlight++
      this.waits.set(tag, w)
    }
    const wave = w?.count ?? 0
    try {
      const written = await this.answer(req, res, tag)
      if (w && written) w.firstWrites[written] ??= wave
    } finally {
      if (w) w.inFlight--
    }
  }

  /** Answers one request; resolves to the collection it wrote outside a transaction, if it did. */
  private async answer(req: IncomingMessage, res: ServerResponse, tag: string | null): Promise<string | void> {
    if (tag) this.roundTrips.set(tag, (this.roundTrips.get(tag) ?? 0) + 1)
    const requestId = randomUUID()
    const contentType = req.headers['content-type'] ?? ''
    if (contentType.startsWith('multipart/form-data')) return this.serveOpenApi(await readBytes(req), contentType, tag, res)
    let body: WireRequest
    try {
      body = JSON.parse(await readBody(req)) as WireRequest
    } catch {
      return send(res, { requestId, code: 'INVALID_PARAM', message: 'body must be JSON' })
    }
    if (this.faults.latencyMs > 0) await new Promise((r) => setTimeout(r, this.faults.latencyMs))
    try {
      this.injectFaults(body)
      if (body.action === 'functions.invokeFunction') {
        const data = await this.invoke(body as unknown as { function_name: string; request_data?: string }, tag)
        return send(res, { requestId, data })
      }
      if (body.action.startsWith('storage.')) return send(res, { requestId, data: this.handleStorage(body, `http://${req.headers.host}`) })
      const answer = await this.db.handle(body)
      send(res, { requestId, ...(answer.top ?? {}), ...(answer.data !== undefined ? { data: answer.data } : {}) })
      const c = (body as { collectionName?: string }).collectionName
      if (c && !body.transactionId && WRITES.includes(body.action)) return c
    } catch (e) {
      if (e instanceof CloudError) return send(res, { requestId, code: e.code, message: e.message })
      console.error('[localcloud] internal error', e)
      send(res, { requestId, code: 'SYS_ERR', message: (e as Error).message })
    }
  }

  private handleStorage(body: WireRequest, base: string): unknown {
    const params = body as unknown as Record<string, unknown>
    if (body.action === 'storage.getUploadMetadata') return this.storage.uploadMetadata(params, base)
    if (body.action === 'storage.batchGetDownloadUrl') return this.storage.downloadList(params, base)
    if (body.action === 'storage.batchDeleteFile') return this.storage.deleteList(params)
    throw new CloudError('INVALID_ACTION', `localcloud 没有模拟 ${body.action}`)
  }

  /** What WeChat's client does when a user taps the phone-number button and allows it: a one-time code. */
  issuePhoneCode(phone: string, countryCode = '86'): string {
    const code = `local${randomBytes(12).toString('hex')}`
    this.phoneCodes.set(code, { phone, countryCode, until: this.options.now().getTime() + 5 * 60_000 })
    return code
  }

  /** phonenumber.getPhoneNumber: the number behind a code, once; a used, expired or unknown code is 40029. */
  private phoneAnswer(code: unknown): Record<string, unknown> {
    const issued = typeof code === 'string' ? this.phoneCodes.get(code) : undefined
    if (typeof code === 'string') this.phoneCodes.delete(code)
    if (!issued || issued.until < this.options.now().getTime()) return { errcode: 40029, errmsg: 'invalid code' }
    const { phone, countryCode } = issued
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: phone,
        purePhoneNumber: phone,
        countryCode,
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: 'local' },
      },
    }
  }

  /** `cloud.openapi.*`: recorded, answered as WeChat would; the only form-encoded action the SDK sends here. */
  private serveOpenApi(body: Buffer, contentType: string, tag: string | null, res: ServerResponse): void {
    const parts = formParts(body, contentType)
    const api = parts.get('apiName')?.toString('utf8') ?? ''
    const data = decodeCall(parts.get('requestData') ?? Buffer.alloc(0))
    const errcode = this.faults.openapiErrcode || (api === 'subscribeMessage.send' ? checkSubscribeMessage(data) : 0)
    this.faults.openapiErrcode = 0
    if (!errcode) this.openapiCalls.push({ api, data, at: this.options.now().toISOString(), caller: tag })
    console.log(`[localcloud] 微信接口 ${api} → ${String(data.touser ?? '')}${errcode ? ` 答错误码 ${errcode}` : ''}`)
    const answer = errcode
      ? { errcode, errmsg: OPENAPI_ERRORS[errcode] ?? 'error' }
      : api === 'phonenumber.getPhoneNumber'
        ? this.phoneAnswer(data.code)
        : { errcode: 0, errmsg: 'ok', ...(api === 'subscribeMessage.send' ? { msgid: this.openapiCalls.length } : {}) }
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    res.end(encodeAnswer(answer))
  }

  close(): void {
    this.txs.close()
    this.store.close()
  }

  private injectFaults(body: WireRequest): void {
    if (this.faults.failNth > 0 && body.action.startsWith('database.')) {
      this.requestsSinceFault += 1
      if (this.requestsSinceFault === this.faults.failNth) {
        this.faults.failNth = 0
        if (body.transactionId) this.txs.abort(body.transactionId)
        throw new CloudError('DATABASE_REQUEST_FAILED', 'localcloud: injected fault')
      }
    }
    const stagesWrite =
      body.transactionId && ['database.modifyDocument', 'database.insertDocument', 'database.removeDocument'].includes(body.action)
    if (this.faults.crashOnTxWrite > 0 && stagesWrite) {
      this.txWrites += 1
      if (this.txWrites === this.faults.crashOnTxWrite) {
        console.error('[localcloud] injected crash during a transaction')
        process.kill(process.pid, 'SIGKILL')
      }
    }
  }

  private async invoke(body: { function_name: string; request_data?: string }, tag: string | null) {
    const data = body.request_data ? JSON.parse(body.request_data) : {}
    const result = await this.options.invokeFunction(body.function_name, data, tag)
    return { response_data: JSON.stringify(result ?? null) }
  }
}

export function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

export const readBody = async (req: IncomingMessage) => (await readBytes(req)).toString('utf8')

export function send(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}
