// Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/ (index.js, package.json that
// lists what the platform installs, config.json) — the folder WeChat DevTools uploads to CloudBase as it is.
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

export const FUNCTIONS = ['api', 'daily', 'minutely'] as const

export async function buildFunctions(root = process.cwd()): Promise<void> {
  for (const fn of FUNCTIONS) {
    const src = path.join(root, 'cloudfunctions', fn)
    const out = path.join(root, 'dist', 'cloudfunctions', fn)
    fs.rmSync(out, { recursive: true, force: true })
    fs.mkdirSync(out, { recursive: true })
    // What the function's package.json lists is installed by the platform on deploy, so it stays out of the
    // bundle: wx-server-sdk everywhere, and lunar-javascript (~340 KB) for the daily job, the only one that needs it.
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    await build({
      entryPoints: [path.join(src, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: Object.keys(pkg.dependencies),
      legalComments: 'none',
      logLevel: 'warning',
    })
    fs.copyFileSync(path.join(src, 'config.json'), path.join(out, 'config.json'))
    fs.copyFileSync(path.join(src, 'package.json'), path.join(out, 'package.json'))
  }
}

if (process.argv[1]?.endsWith('build-functions.ts')) {
  buildFunctions().then(
    () => console.log(`cloud functions → dist/cloudfunctions (${FUNCTIONS.join(', ')})`),
    (e) => {
      console.error(e)
      process.exit(1)
    },
  )
}
