// Bundles each cloud function with esbuild into dist/cloudfunctions/<name>/ (index.js, package.json that
// lists what the platform installs, config.json) — the folder WeChat DevTools uploads to CloudBase as it is.
import fs from 'node:fs'
import path from 'node:path'
import { build, type Plugin } from 'esbuild'

export const FUNCTIONS = ['api', 'office', 'daily', 'minutely'] as const

/** lib/sheets.ts, the workbook code: its own file in a function's folder, loaded by the actions that need it. */
const SHEETS = 'sheets'
const sheetsEntry = (root: string) => path.join(root, 'cloudfunctions/lib', `${SHEETS}.ts`)

/** Every import of lib/sheets from the function's code becomes a require of ./sheets.js beside index.js. */
const sheetsApart = (root: string): Plugin => ({
  name: 'sheets-apart',
  setup(b) {
    b.onResolve({ filter: new RegExp(`/${SHEETS}$`) }, (args) =>
      path.resolve(args.resolveDir, `${args.path}.ts`) === sheetsEntry(root) ? { path: `./${SHEETS}.js`, external: true } : undefined,
    )
  },
})

export async function buildFunctions(root = process.cwd()): Promise<void> {
  for (const fn of FUNCTIONS) {
    const src = path.join(root, 'cloudfunctions', fn)
    const out = path.join(root, 'dist', 'cloudfunctions', fn)
    fs.rmSync(out, { recursive: true, force: true })
    fs.mkdirSync(out, { recursive: true })
    // What the function's package.json lists is installed by the platform on deploy, so it stays out of the
    // bundle: wx-server-sdk everywhere, and lunar-javascript (~340 KB) for the daily job, the only one that needs it.
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const common = {
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: Object.keys(pkg.dependencies),
      legalComments: 'none',
      logLevel: 'warning',
    } as const
    const { metafile } = await build({
      ...common,
      entryPoints: [path.join(src, 'index.ts')],
      outfile: path.join(out, 'index.js'),
      plugins: [sheetsApart(root)],
      metafile: true,
    })
    const usesSheets = Object.values(metafile.outputs).some((o) => o.imports.some((i) => i.path === `./${SHEETS}.js`))
    if (usesSheets) await build({ ...common, entryPoints: [sheetsEntry(root)], outfile: path.join(out, `${SHEETS}.js`) })
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
