// Sizes of the built output: the weapp main package and each subpackage (as WeChat counts them: every
// file under the package root), and each cloud function bundle.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
export const WEAPP = path.join(root, 'dist/weapp')
export const FUNCTIONS = path.join(root, 'dist/cloudfunctions')

function folderBytes(dir: string, skip: (rel: string) => boolean = () => false, base = dir): number {
  let total = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const rel = path.relative(base, full).split(path.sep).join('/')
    if (skip(rel)) continue
    total += entry.isDirectory() ? folderBytes(full, skip, base) : fs.statSync(full).size
  }
  return total
}

export function weappSizes(): { main: number; subpackages: Record<string, number> } {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/$/, ''))
  const inSubpackage = (rel: string) => roots.some((r) => rel === r || rel.startsWith(`${r}/`))
  // Licence notes and source maps are not uploaded.
  const notShipped = (rel: string) => rel.endsWith('.LICENSE.txt') || rel.endsWith('.map')
  const subpackages: Record<string, number> = {}
  for (const r of roots) subpackages[r] = folderBytes(path.join(WEAPP, r), notShipped)
  return { main: folderBytes(WEAPP, (rel) => inSubpackage(rel) || notShipped(rel)), subpackages }
}

export function functionSizes(): Record<string, number> {
  const out: Record<string, number> = {}
  for (const fn of fs.readdirSync(FUNCTIONS)) out[fn] = fs.statSync(path.join(FUNCTIONS, fn, 'index.js')).size
  return out
}

/** Where the mp tests write the setData of each tab page's first screen (test/mp/src/pages/first-screen). */
export const FIRST_SCREEN_FIGURES = path.resolve(__dirname, '../dist/bench')
