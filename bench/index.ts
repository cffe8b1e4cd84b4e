// npm run bench: prints each figure beside its budget (ARCHITECTURE.md). It measures; it never fails on time.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { BUDGETS, KB } from './budgets'
import { FUNCTIONS, functionSizes, weappSizes } from './sizes'
import { startLocalCloud } from '../test/support/localcloud'
import type { ActionInput, ActionName } from '../cloudfunctions/lib/contracts'

const rows: [string, string, string][] = []
const row = (what: string, figure: string, budget = '') => rows.push([what, figure, budget])
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

function sizes() {
  const { main, subpackages } = weappSizes()
  row('weapp 主包', kb(main), `≤ ${kb(BUDGETS.weappMainBytes)}`)
  for (const [root, bytes] of Object.entries(subpackages)) row(`weapp 分包 ${root}`, kb(bytes), `≤ ${kb(BUDGETS.weappSubpackageBytes)}`)
  for (const [fn, bytes] of Object.entries(functionSizes()))
    row(`云函数 ${fn} (minified)`, kb(bytes), `≤ ${kb(BUDGETS.functionBundleBytes)}`)
}

/** Cold start: a fresh node process requiring the bundle (wx-server-sdk included), median of 5. */
function coldRequire() {
  for (const fn of Object.keys(functionSizes())) {
    const file = path.join(FUNCTIONS, fn, 'index.js')
    const times = Array.from({ length: 5 }, () => {
      const out = execFileSync(
        process.execPath,
        ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`],
        { env: { ...process.env, LOCALCLOUD_URL: 'http://127.0.0.1:9/admin?', TENCENTCLOUD: 'true' } },
      )
      return Number(String(out).trim())
    }).sort((a, b) => a - b)
    row(`云函数 ${fn} 冷启动 require`, `${times[2].toFixed(0)} ms`)
  }
}

async function roundTrips() {
  const cloud = await startLocalCloud()
  try {
    const measure = async <A extends ActionName>(label: string, openid: string, action: A, input: ActionInput<A>, budget = '') => {
      const { result, roundTrips } = await cloud.invoke('api', { action, input }, openid)
      const ok = (result as { ok: boolean }).ok ? '' : '（失败）'
      row(`往返 ${label}`, `${roundTrips}${ok}`, budget)
    }
    row('首页数据', `${BUDGETS.homeCalls} 次函数调用 (home.get)`, `= ${BUDGETS.homeCalls}`)
    await measure('home.get 老干部', 'demo-cadre-wangjianguo', 'home.get', {})
    await measure('home.get 家属', 'demo-family-sunyan', 'home.get', {})
    await measure('home.get 社区', 'demo-staff-chenjing', 'home.get', {})
    await measure('me.get 老干部', 'demo-cadre-wangjianguo', 'me.get', {})
    await measure('cadre.get 家属', 'demo-family-wangli', 'cadre.get', { cadreId: 'cadre-01' })
    await measure('cadre.list 社区', 'demo-staff-chenjing', 'cadre.list', {})
    await measure('binding.request 手机后四位', 'bench-family', 'binding.request', {
      requesterName: '测试',
      relation: '子女',
      cadreName: '周玉珍',
      phoneLast4: '6789',
    })
    await measure('binding.decide 社区', 'demo-staff-chenjing', 'binding.decide', { linkId: 'link-wangqiang-cadre-01', approve: true })
    await measure('bindingCode.issue', 'demo-staff-chenjing', 'bindingCode.issue', { cadreId: 'cadre-03', purpose: 'family' })

    await cloud.post('/__cloud/faults', { latencyMs: 20 })
    const times: number[] = []
    for (let i = 0; i < 20; i++) {
      const t = process.hrtime.bigint()
      await cloud.invoke('api', { action: 'home.get', input: {} }, 'demo-family-sunyan')
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    times.sort((a, b) => a - b)
    row('home.get 家属 p50 / p95（每次数据库请求加 20 ms）', `${times[9].toFixed(0)} / ${times[18].toFixed(0)} ms`)
  } finally {
    await cloud.stop()
  }
  for (const [name, budget] of Object.entries(BUDGETS.roundTrips)) row(`往返 ${name}`, '尚无此功能', `≤ ${budget}`)
}

/** Terminal columns: Chinese characters take two. */
const displayWidth = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0)
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(width - displayWidth(s), 1))

async function main() {
  sizes()
  coldRequire()
  await roundTrips()
  const w0 = Math.max(...rows.map((r) => displayWidth(r[0]))) + 2
  const w1 = Math.max(...rows.map((r) => displayWidth(r[1]))) + 2
  console.log('\n就近 bench（数字 · 预算）')
  for (const [what, figure, budget] of rows) console.log(pad(what, w0) + pad(figure, w1) + budget)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
