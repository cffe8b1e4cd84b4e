// A pool of function instances per function: each worker process runs one invocation at a time, so
// concurrent calls are really concurrent and getWXContext() sees the right caller, as on the platform.
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface Identity {
  OPENID: string
  APPID: string
  UNIONID: string
}

interface Worker {
  tag: string
  proc: ChildProcess
  busy: boolean
  ready: Promise<void>
  current?: number
}

interface Pending {
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  timer: NodeJS.Timeout
}

export interface InvokeRequest {
  fn: string
  file: string
  event: unknown
  identity: Identity
  clockOffsetMs: number
  timeoutMs: number
}

/**
 * Instances per function: on CloudBase every concurrent invocation gets an instance of its own (a new one starts
 * cold, and its cold start is counted in its time), so here too, up to this many at once; beyond it an invocation
 * waits for a free one. On a 2-core machine more instances only share the same two cores (100 made a rush of 200
 * bookings time out), so the limit is a setting: LOCALCLOUD_INSTANCES.
 */
export const MAX_INSTANCES_PER_FUNCTION = Number(process.env.LOCALCLOUD_INSTANCES) || 24
let workerCount = 0
let invocationCount = 0

export class FunctionPool {
  private readonly workers = new Map<string, Worker[]>()
  private readonly queue = new Map<string, (() => void)[]>()
  private readonly pending = new Map<number, Pending>()
  private readonly identities = new Map<string, Identity>()

  constructor(
    private readonly adminUrl: () => string,
    /** What the platform's function configuration would set for every function. */
    private readonly functionEnv: Record<string, string> = {},
  ) {}

  /** The identity of the invocation a worker is running, for calls a function makes to another function. */
  identityOf(tag: string | null): Identity | undefined {
    return tag ? this.identities.get(tag) : undefined
  }

  async invoke(req: InvokeRequest, onStart: (tag: string) => void, onEnd: (tag: string) => void): Promise<unknown> {
    const worker = await this.acquire(req.fn)
    this.identities.set(worker.tag, req.identity)
    onStart(worker.tag)
    const id = ++invocationCount
    worker.current = id
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(id)
          worker.proc.kill('SIGKILL')
          reject(new Error(`函数 ${req.fn} 执行超时（${req.timeoutMs} ms）`))
        }, req.timeoutMs)
        this.pending.set(id, { resolve, reject, timer })
        worker.proc.send({
          id,
          file: req.file,
          event: req.event,
          env: {
            WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID',
            WX_OPENID: req.identity.OPENID,
            WX_APPID: req.identity.APPID,
            WX_UNIONID: req.identity.UNIONID,
            LOCALCLOUD_CLOCK_OFFSET_MS: String(req.clockOffsetMs),
            SCF_FUNCTIONNAME: req.fn,
          },
        })
      })
    } finally {
      onEnd(worker.tag)
      this.identities.delete(worker.tag)
      this.release(req.fn, worker)
    }
  }

  close(): void {
    for (const list of this.workers.values()) for (const w of list) w.proc.kill('SIGKILL')
    this.workers.clear()
  }

  private async acquire(fn: string): Promise<Worker> {
    for (;;) {
      const list = this.workers.get(fn) ?? []
      this.workers.set(fn, list)
      const idle = list.find((w) => !w.busy)
      if (idle) {
        idle.busy = true
        await idle.ready
        return idle
      }
      if (list.length < MAX_INSTANCES_PER_FUNCTION) {
        const w = this.spawn(fn)
        list.push(w)
        w.busy = true
        await w.ready
        return w
      }
      await new Promise<void>((resolve) => {
        const q = this.queue.get(fn) ?? []
        q.push(resolve)
        this.queue.set(fn, q)
      })
    }
  }

  private release(fn: string, worker: Worker): void {
    worker.busy = false
    this.queue.get(fn)?.shift()?.()
  }

  private spawn(fn: string): Worker {
    const tag = `w${++workerCount}`
    const proc = fork(path.join(__dirname, 'worker.cjs'), [], {
      execArgv: [],
      env: {
        ...this.functionEnv,
        ...process.env,
        TENCENTCLOUD: 'true',
        TCB_ENV: 'local',
        SCF_NAMESPACE: 'local',
        LOCALCLOUD_URL: `${this.adminUrl()}?caller=${tag}&`,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let markReady: () => void = () => {}
    const worker: Worker = { tag, proc, busy: false, ready: new Promise<void>((r) => (markReady = r)) }
    proc.on('message', (msg: { ready?: boolean; id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (msg.ready) return markReady()
      const p = msg.id !== undefined ? this.pending.get(msg.id) : undefined
      if (!p) return
      this.pending.delete(msg.id as number)
      clearTimeout(p.timer)
      if (msg.ok) p.resolve(msg.result)
      else p.reject(new Error(msg.error))
    })
    proc.on('exit', () => {
      const list = this.workers.get(fn) ?? []
      this.workers.set(
        fn,
        list.filter((w) => w !== worker),
      )
      markReady()
      const p = worker.current !== undefined ? this.pending.get(worker.current) : undefined
      if (p && worker.current !== undefined) {
        this.pending.delete(worker.current)
        clearTimeout(p.timer)
        p.reject(new Error(`函数 ${fn} 的实例意外退出`))
      }
      this.queue.get(fn)?.shift()?.()
    })
    return worker
  }
}
