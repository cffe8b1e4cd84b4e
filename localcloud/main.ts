// `npm start` and the tests run this: localcloud (emulator + host) on loopback, seeded with the demo community.
import fs from 'node:fs'
import path from 'node:path'
import { startHost } from './host'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback
}

const root = path.resolve(__dirname, '..')

async function main() {
  const host = await startHost({
    port: Number(option('port', process.env.PORT ?? '10086')),
    dataDir: path.resolve(option('data', path.join(root, '.localcloud', 'data'))),
    functionsDir: path.join(root, 'dist', 'cloudfunctions'),
    h5Dir: path.join(root, 'dist', 'h5'),
    indexes: JSON.parse(fs.readFileSync(path.join(root, 'cloudfunctions/lib/db/indexes.json'), 'utf8')),
    // The same list deployment creates: a collection not on it fails here as it would in production.
    collections: JSON.parse(fs.readFileSync(path.join(root, 'cloudfunctions/lib/db/security-rules.json'), 'utf8')).collections,
    timers: !flag('no-timers'),
    seed: !flag('no-seed'),
  })
  console.log(`就近 local: ${host.url}`)
  const stop = () => void host.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
