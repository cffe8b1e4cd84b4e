import type { LocalCloud } from './localcloud'

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
  const { result } = await cloud.invoke('api', { action, input }, openid)
  expect(result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
  expect(await snapshot()).toBe(before)
  return result as { ok: false; error: { code: string; message: string } }
}
