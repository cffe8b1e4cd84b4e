// One function instance: runs one invocation at a time, with the caller's identity in process.env where
// wx-server-sdk's getWXContext() reads it on the platform. Plain JavaScript, so that a new instance starts as a
// bare Node process does (its cold start is Node's and the function bundle's, as on the platform).
'use strict'

/** @type {Map<string, { main: (event: unknown, context: unknown) => unknown }>} */
const modules = new Map()

process.on('message', async (msg) => {
  Object.assign(process.env, msg.env)
  try {
    let mod = modules.get(msg.file)
    if (!mod) {
      mod = require(msg.file)
      modules.set(msg.file, mod)
    }
    const result = await mod.main(msg.event, { function_name: msg.env.SCF_FUNCTIONNAME })
    reply({ id: msg.id, ok: true, result })
  } catch (e) {
    reply({ id: msg.id, ok: false, error: (e && e.stack) || String(e) })
  }
})

/** The host may have died mid-invocation (a crash test kills it): then there is no one to answer, so exit. */
function reply(answer) {
  if (process.connected) process.send(answer)
  else process.exit(0)
}
process.send({ ready: true })
