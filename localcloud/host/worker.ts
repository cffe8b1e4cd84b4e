// One function instance: runs one invocation at a time, with the caller's identity in process.env where
// wx-server-sdk's getWXContext() reads it on the platform.
import { createRequire } from 'node:module'

interface Invocation {
  id: number
  file: string
  event: unknown
  env: Record<string, string>
}

const load = createRequire(__filename)
const modules = new Map<string, { main: (event: unknown, context: unknown) => unknown }>()

process.on('message', async (msg: Invocation) => {
  Object.assign(process.env, msg.env)
  try {
    let mod = modules.get(msg.file)
    if (!mod) {
      mod = load(msg.file) as { main: (event: unknown, context: unknown) => unknown }
      modules.set(msg.file, mod)
    }
    const result = await mod.main(msg.event, { function_name: msg.env.SCF_FUNCTIONNAME })
    reply({ id: msg.id, ok: true, result })
  } catch (e) {
    reply({ id: msg.id, ok: false, error: (e as Error)?.stack ?? String(e) })
  }
})

/** The host may have died mid-invocation (a crash test kills it): then there is no one to answer, so exit. */
function reply(answer: unknown) {
  if (process.connected) process.send?.(answer)
  else process.exit(0)
}
process.send?.({ ready: true })
