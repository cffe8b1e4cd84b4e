import { sdkFor, startLocalCloud, type LocalCloud } from './localcloud'
import { dbSnapshot } from './snapshot'
import type { Database } from '../../cloudfunctions/lib/db/types'
import { functionOf } from '../../cloudfunctions/lib/core/functions'

/** Calls an action and expects a coded refusal in Chinese that left every document as it was. */
export async function refusedWithoutWrite(
  cloud: LocalCloud,
  snapshot: () => Promise<string>,
  openid: string,
  action: string,
  input: unknown,
  code: string,
) {
  const before = await snapshot()
  const { result } = await cloud.invoke(functionOf(action), { action, input }, openid)
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  expect(await snapshot()).toBe(before)
  return result as { ok: false; error: { code: string; message: string } }
}

/** One localcloud for a test file, its database, and refusals checked against a snapshot of it. */
export function useCloud(options: Parameters<typeof startLocalCloud>[0] = {}) {
  const ctx = {} as {
    cloud: LocalCloud
    db: Database
    refused: (openid: string, action: string, input: unknown, code: string) => ReturnType<typeof refusedWithoutWrite>
  }
  beforeAll(async () => {
    ctx.cloud = await startLocalCloud(options)
    ctx.db = sdkFor(ctx.cloud).database()
    ctx.refused = (openid, action, input, code) => refusedWithoutWrite(ctx.cloud, () => dbSnapshot(ctx.cloud), openid, action, input, code)
  })
  afterAll(() => ctx.cloud.stop())
  return ctx
}

/**
 * Marks the database as the file's `beforeAll` hooks left it and brings it back before every test (one commit of
 * the differences inside localcloud), so a test never depends on what another left behind or on their order.
 */
export function startEachTestFromHere(ctx: { cloud: LocalCloud }) {
  beforeAll(() => ctx.cloud.post('/__cloud/mark'))
  beforeEach(() => ctx.cloud.post('/__cloud/restore'))
}
