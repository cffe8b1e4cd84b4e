// First step of `npm start`, `npm test` and `npm run bench` on any machine: installs what is missing.
// Node built-ins only, because it runs before node_modules exists.
//   node config/setup.mjs            npm dependencies
//   node config/setup.mjs --browser  also Chromium and a Chinese font for the browser tests (apt, as root)
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' })
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' })
    return true
  } catch {
    return false
  }
}

// npm ci cannot be used: npm 11 leaves other platforms' optional Taro binaries out of the lockfile.
const stamp = path.join(root, 'node_modules', '.package-lock.json')
const lock = path.join(root, 'package-lock.json')
const stale = !fs.existsSync(stamp) || fs.statSync(stamp).mtimeMs < fs.statSync(lock).mtimeMs
if (stale) {
  console.log('[setup] npm install')
  run('npm install --no-audit --no-fund')
}

if (process.argv.includes('--browser')) {
  const fontInstalled = fs.existsSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc')
  if (!has('chromium') || !fontInstalled) {
    if (process.getuid?.() !== 0) {
      console.error('[setup] 浏览器测试需要 chromium 和 fonts-wqy-microhei：sudo apt-get install -y chromium fonts-wqy-microhei')
      process.exit(1)
    }
    console.log('[setup] apt-get install chromium fonts-wqy-microhei')
    run('apt-get update -qq')
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei')
  }
}
