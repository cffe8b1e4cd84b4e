// Runs Taro's weapp build in miniprogram-simulate: app.js is loaded once, pages become components
// (Taro emits Page(); simulate renders Component()), and wx.cloud.callFunction goes over loopback to a
// real localcloud host as the chosen WeChat user — the same request the WeChat client would make.
import fs from 'node:fs'
import path from 'node:path'
import simulate from 'miniprogram-simulate'
import { request } from './http'

export const WEAPP = path.resolve(__dirname, '../../dist/weapp')

type Rendered = ReturnType<typeof simulate.render>
interface UploadOptions {
  cloudPath: string
  filePath: string
  success?: (r: object) => void
  fail?: (e: unknown) => void
}
type Wx = Record<string, unknown> & { cloud?: unknown }
type PageDef = Record<string, unknown> & { onLoad?: (q: object) => void; onShow?: () => void; onReady?: () => void }

let app: { onLaunch?: () => void } | null = null
/** The bytes of setData the page rendered last has sent so far (what WeChat carries from logic to view). */
export const sentData = { bytes: 0, calls: 0 }
/** The query the next rendered page is opened with (what WeChat passes to onLoad). */
let query: Record<string, string> = {}

/** Loads dist/weapp/app.js with wx.cloud bridged to localcloud; call once per test file. */
export function bootWeapp(cloudUrl: string, openid: () => string): void {
  const g = globalThis as unknown as Record<string, unknown> & { wx: Wx }
  g.wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }: { name: string; data: unknown }) => ({
      result: (
        await request(`${cloudUrl}/__cloud/callFunction`, { method: 'POST', headers: { 'x-openid': openid() }, body: { name, data } })
      ).json(),
      errMsg: 'cloud.callFunction:ok',
    }),
    // The phone's own upload: the file at filePath goes to the cloud path as the signed-in user, with progress.
    uploadFile: ({ cloudPath, filePath, success, fail }: UploadOptions) => {
      const progress: ((p: { progress: number }) => void)[] = []
      const done = request(`${cloudUrl}/__cloud/uploadFile?cloudPath=${encodeURIComponent(cloudPath)}`, {
        method: 'PUT',
        headers: { 'x-openid': openid() },
        body: fs.readFileSync(filePath),
      }).then((res) => {
        if (res.status !== 200) throw { errMsg: `cloud.uploadFile:fail ${res.body}` }
        progress.forEach((cb) => cb({ progress: 100 }))
        return { fileID: res.json<{ fileID: string }>().fileID, statusCode: 200, errMsg: 'cloud.uploadFile:ok' }
      })
      done.then(success, fail)
      return { onProgressUpdate: (cb: (p: { progress: number }) => void) => progress.push(cb) }
    },
  }
  g.App = (def: { onLaunch?: () => void }) => (app = def)
  g.getApp = () => app
  g.getCurrentPages = () => []
  g.Page = (def: PageDef) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(def)) if (typeof v === 'function') methods[k] = v
    ;(g.Component as (o: object) => void)({
      data: def.data,
      methods,
      lifetimes: {
        attached(this: PageDef & { setData: (data: object, cb?: () => void) => void }) {
          const setData = this.setData.bind(this)
          this.setData = (data, cb) => {
            sentData.bytes += Buffer.byteLength(JSON.stringify(data))
            sentData.calls++
            setData(data, cb)
          }
          this.onLoad?.call(this, query)
          this.onShow?.call(this)
          this.onReady?.call(this)
        },
      },
    })
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(WEAPP, 'app.js'))
  app?.onLaunch?.()
}

export function renderPage(page: string, opened: Record<string, string> = {}) {
  query = opened
  Object.assign(sentData, { bytes: 0, calls: 0 })
  const id = simulate.load(path.join(WEAPP, page), { less: false, rootPath: WEAPP, compiler: 'official' } as never)
  const comp = simulate.render(id)
  comp.attach(document.createElement('parent-wrapper'))
  return comp
}

/** Taro renders asynchronously (and the data comes over loopback): poll until the page shows what we expect. */
export async function waitForPage(comp: Rendered, ready: (text: string) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!ready(comp.dom?.textContent ?? '')) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen; the page shows: ${(comp.dom?.textContent ?? '').slice(0, 400)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Waits until the page has stopped changing for a while: its first screen, data and all, is drawn. */
export async function waitForSettled(comp: Rendered, quietMs = 800, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  let since = Date.now()
  for (;;) {
    const now = `${sentData.calls}|${comp.dom?.textContent ?? ''}`
    if (now !== last) [last, since] = [now, Date.now()]
    else if (Date.now() - since >= quietMs) return
    if (Date.now() > deadline) throw new Error('the page kept changing')
    await new Promise((r) => setTimeout(r, 50))
  }
}

export const waitForText = (comp: Rendered, text: string) => waitForPage(comp, (t) => t.includes(text), `"${text}" appearing`)

interface Node {
  tagName?: string
  event?: Record<string, unknown>
  attrs?: { name: string; value: unknown }[]
  children?: (Node | string)[]
}

/** Ids of the elements listening for `event`, innermost last, on the way down to the text node that says `text`. */
function listenerPath(node: Node, text: string, event: string, path: string[] = []): string[] | null {
  const id = node.attrs?.find((a) => a.name === 'id')?.value
  const here = node.event && event in node.event && typeof id === 'string' ? [...path, id] : path
  for (const child of node.children ?? []) {
    if (typeof child === 'string') {
      if (child.trim() === text) return here
    } else {
      const found = listenerPath(child, text, event, here)
      if (found) return found
    }
  }
  return null
}

/**
 * Taps the control whose text is exactly `text`, through simulate's event system as a finger would; `event` and
 * `detail` for what WeChat answers after a tap on its own buttons (getphonenumber with the code).
 */
export function tap(comp: Rendered, text: string, event = 'tap', detail?: object): void {
  const ids = listenerPath(comp.toJSON() as Node, text, event)
  if (!ids || ids.length === 0) throw new Error(`no control says "${text}"`)
  const node = comp.querySelector(`#${ids[ids.length - 1]}`)
  if (!node) throw new Error(`simulate cannot find the control saying "${text}"`)
  node.dispatchEvent(event, detail ? { detail } : undefined)
}
