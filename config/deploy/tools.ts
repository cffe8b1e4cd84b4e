// The deploy tools are installed into config/deploy/node_modules from their own lockfile the first time a real
// deploy runs: ~700 packages that `npm install` for development and tests would otherwise carry for nothing.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export function ensureTools(say: (line: string) => void) {
  const dir = __dirname
  const installed = ['miniprogram-ci', '@cloudbase/manager-node'].every((p) =>
    fs.existsSync(path.join(dir, 'node_modules', p, 'package.json')),
  )
  if (installed) return
  say('第一次部署：安装微信和云开发的官方部署工具（miniprogram-ci、@cloudbase/manager-node，按 config/deploy/package-lock.json）…')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })
}
