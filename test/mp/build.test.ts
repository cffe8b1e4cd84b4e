// The weapp build is what ships: it must carry no local identity picker, no demo identities and no
// local host address (ARCHITECTURE.md: the picker exists only in the local H5 build).
import fs from 'node:fs'
import path from 'node:path'
import { WEAPP } from '../support/weapp'

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

it('ships no identity picker, demo identity or local host address in the weapp build', () => {
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages: { root: string }[] }
  expect(app.subPackages.map((p) => p.root)).not.toContain('packages/dev')
  const offending = files(WEAPP).filter((f) => /demo-|__cloud|以谁的身份体验/.test(fs.readFileSync(f, 'utf8')))
  expect(offending).toEqual([])
})
