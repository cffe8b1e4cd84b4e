// WeChat open API calls (cloud.openapi.*) as wx-server-sdk sends them: a multipart form whose requestData is a
// protobuf CommApiData holding the call's fields as key → JSON pairs, answered by a protobuf CommOpenApiResp.
// localcloud does not reach WeChat: it records every call so tests can assert what would have gone out, and
// answers as WeChat does (optionally with an error code, to test what the caller does on refusal).
import protobuf from 'protobufjs'

const proto = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: { key: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: {
      fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } },
    },
    CommOpenApiResp: {
      fields: { respData: { type: 'bytes', id: 1 }, contentType: { type: 'string', id: 2 }, errorCode: { type: 'int32', id: 3 } },
    },
  },
})
const CommApiData = proto.lookupType('CommApiData')
const CommOpenApiResp = proto.lookupType('CommOpenApiResp')

export interface OpenApiCall {
  api: string
  /** The call's fields as WeChat receives them (snake_case). */
  data: Record<string, unknown>
  at: string
  /** The function invocation that made the call. */
  caller: string | null
}

/** The parts of a multipart/form-data body, with their bytes intact (requestData is binary). */
export function formParts(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)
  const parts = new Map<string, Buffer>()
  if (!boundary) return parts
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const start = at + delimiter.length + 2
    const next = body.indexOf(delimiter, start)
    if (next === -1) break
    const part = body.subarray(start, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    const name = /name="([^"]+)"/.exec(part.subarray(0, headerEnd).toString('utf8'))
    if (name) parts.set(name[1], part.subarray(headerEnd + 4))
    at = next
  }
  return parts
}

/** The call's fields from its protobuf request data. */
export function decodeCall(requestData: Buffer): Record<string, unknown> {
  const message = CommApiData.toObject(CommApiData.decode(requestData), { defaults: false }) as {
    openapiData?: { pairs?: { key: string; value: Uint8Array }[] }
  }
  return Object.fromEntries((message.openapiData?.pairs ?? []).map((p) => [p.key, JSON.parse(Buffer.from(p.value).toString('utf8'))]))
}

/** WeChat's answer: `{ errcode: 0, errmsg: 'ok', ... }` or the given error code. */
export function encodeAnswer(answer: Record<string, unknown>): Buffer {
  const message = CommOpenApiResp.create({
    respData: Buffer.from(JSON.stringify(answer)),
    contentType: 'application/json',
    errorCode: 0,
  })
  return Buffer.from(CommOpenApiResp.encode(message).finish())
}

/** WeChat's limits on subscribe-message fields, by the kind each key starts with. */
const FIELD_LIMITS: [RegExp, number][] = [
  [/^thing/, 20],
  [/^phrase/, 5],
  [/^(character_string|number|letter|car_number|name)/, 32],
  [/^(time|date)/, 40],
]

/** WeChat's own check of a subscribeMessage.send call: the errcode it would answer, or 0. */
export function checkSubscribeMessage(data: Record<string, unknown>): number {
  if (typeof data.touser !== 'string' || !data.touser || typeof data.template_id !== 'string' || !data.template_id) return 40003
  const fields = Object.entries((data.data ?? {}) as Record<string, { value?: unknown }>)
  if (!fields.length) return 47003
  for (const [key, field] of fields) {
    const value = field?.value
    const limit = FIELD_LIMITS.find(([re]) => re.test(key))?.[1]
    if (typeof value !== 'string' || !value || !limit || [...value].length > limit) return 47003
  }
  return 0
}

/** Plain-words errmsg for the codes tests inject (as WeChat words them). */
export const OPENAPI_ERRORS: Record<number, string> = {
  43101: 'user refuse to accept the msg',
  40003: 'invalid openid',
  47003: 'argument invalid! data field value invalid',
  [-1]: 'system error',
}
