// CloudBase sends and receives documents as canonical Extended JSON strings (the SDK parses them with bson's EJSON).
import { EJSON } from 'bson'

export type Doc = Record<string, unknown> & { _id: string }

/** Parses an EJSON string from the SDK, resolving `db.serverDate()` placeholders against the server clock. */
export function parseEJSON(text: string | undefined, now: () => Date): unknown {
  if (text === undefined || text === '') return undefined
  return resolveServerDates(EJSON.parse(text, { relaxed: true }), now)
}

export function toEJSON(value: unknown): string {
  return EJSON.stringify(value as never, { relaxed: false })
}

function resolveServerDates(value: unknown, now: () => Date): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now))
  if (value && typeof value === 'object' && !(value instanceof Date) && !isBsonValue(value)) {
    const obj = value as Record<string, unknown>
    if ('$tcb_server_date' in obj) {
      const spec = obj.$tcb_server_date as { offset?: number }
      return new Date(now().getTime() + Number(spec?.offset ?? 0))
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj)) out[k] = resolveServerDates(v, now)
    return out
  }
  return value && typeof value === 'object' ? fromBson(value) : value
}

function isBsonValue(value: object): boolean {
  return '_bsontype' in value || value instanceof RegExp
}

function fromBson(value: object): unknown {
  const v = value as { _bsontype?: string; pattern?: string; options?: string }
  return v._bsontype === 'BSONRegExp' ? new RegExp(v.pattern ?? '', v.options) : value
}

/** A deep copy that keeps Dates and RegExps. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}
