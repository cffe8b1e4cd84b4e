// Loopback HTTP for tests, on node's http module so it works in jsdom test environments too (no fetch there).
import http from 'node:http'

export interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** The body's bytes, for files. */
  raw: Buffer
  json<T = unknown>(): T
}

/** A JSON body is sent as JSON; a Buffer as it is (a file's bytes). */
export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.isBuffer(options.body)
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: { 'content-type': bytes ? 'application/octet-stream' : 'application/json', ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = raw.toString()
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, raw, json: <T>() => JSON.parse(body) as T })
        })
      },
    )
    req.on('error', reject)
    const { body } = options
    req.end(body === undefined ? undefined : Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body))
  })
}
