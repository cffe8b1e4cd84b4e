// `npm test` after set-up, arranged for a 2-core machine (ARCHITECTURE's budget: 15 minutes on a fresh clone).
// 1. lint, typecheck and the three builds side by side (each alone leaves a core idle), each one's output printed
// whole once all end; 2. unit, cloud (also at three other hours, jest.config.js) and mp in two jest workers;
// 3. e2e, one browser at a time. (Running e2e beside the other hours' suites, even at a lower priority, starved
// their functions past the 20 s limit.)
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const HOURS = ['cloud@00:05', 'cloud@08:00', 'cloud@23:50']

/** Runs a command; its output is kept for later unless `live`. Resolves to its exit code and output. */
function run(command, args, { live = false } = {}) {
  return new Promise((resolve) => {
    // The first step built the functions: jest's set-up need not build them again.
    const env = { ...process.env, FUNCTIONS_BUILT: '1' }
    const child = spawn(command, args, { cwd: root, env, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout?.on('data', (b) => (output += b))
    child.stderr?.on('data', (b) => (output += b))
    child.on('close', (code) => resolve({ name: [command, ...args].join(' '), code: code ?? 1, output }))
  })
}

/** Runs the commands side by side; prints each one's output; stops the whole run when one fails. */
async function together(...runs) {
  const started = Date.now()
  const results = await Promise.all(runs)
  for (const r of results) {
    if (r.output) process.stdout.write(`\n[test] ${r.name}\n${r.output}`)
    console.log(`[test] ${r.name}: ${r.code === 0 ? 'ok' : `failed (exit ${r.code})`}`)
  }
  console.log(`[test] step done in ${Math.round((Date.now() - started) / 1000)} s`)
  const failed = results.find((r) => r.code !== 0)
  if (failed) process.exit(failed.code)
}

const npm = (script) => run('npm', ['run', '--silent', script])

await together(npm('lint'), npm('typecheck'), npm('build:functions'), npm('build:weapp'), npm('build:h5'))
await together(run('npx', ['jest', '--selectProjects', 'unit', 'cloud', ...HOURS, 'mp', '--maxWorkers=2'], { live: true }))
await together(run('npx', ['jest', '--selectProjects', 'e2e'], { live: true }))
