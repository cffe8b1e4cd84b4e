// npm run bench: prints each figure beside its budget (ARCHITECTURE.md). It measures; it never fails on time.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUDGETS, KB } from './budgets'
import { FIRST_SCREEN_FIGURES as FIRST_SCREENS, FUNCTIONS, functionSizes, weappSizes } from './sizes'
import { sdkFor, startLocalCloud, type LocalCloud } from '../test/support/localcloud'
import { dayAhead, newActivity, newCadre, rosterCsv, rosterRow, uploadPhoto, uploadSheet } from '../test/support/arrange'
import type { ActionInput, ActionName } from '../cloudfunctions/lib/contracts'
import { birthRecord } from '../cloudfunctions/lib/features/reminders/calendar.rules'
import { request } from '../test/support/http'
import { waitFigures } from './waits'
import { seedYearOfEvents } from './yearOfEvents'
import { MAX_INSTANCES_PER_FUNCTION } from '../localcloud/host/pool'
import { COMMUNITIES_PER_RUN } from '../cloudfunctions/lib/features/stats/figures.rules'
import { functionOf } from '../cloudfunctions/lib/core/functions'

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

/** setData of each tab page's first screen per kind of user, measured in miniprogram-simulate by the mp tests. */
function firstScreens() {
  const jest = path.resolve(__dirname, '../node_modules/jest/bin/jest.js')
  try {
    execFileSync(process.execPath, [jest, '--selectProjects', 'mp', '--testPathPattern', 'first-screen'], { stdio: 'ignore' })
  } catch {
    row('首屏 setData', '测量失败（npx jest --selectProjects mp --testPathPattern first-screen）')
    return
  }
  for (const file of readdirSync(FIRST_SCREENS).filter((f) => f.startsWith('first-screen-'))) {
    const { who, figures } = JSON.parse(readFileSync(path.join(FIRST_SCREENS, file), 'utf8')) as {
      who: string
      figures: Record<string, { bytes: number; calls: number }>
    }
    for (const [page, f] of Object.entries(figures))
      row(`首屏 setData ${page} ${who}`, `${kb(f.bytes)}（${f.calls} 次）`, `≤ ${kb(BUDGETS.firstScreenSetDataBytes)}`)
  }
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

/** `npm run bench -- stats roster`: only those sections of the measured journeys (sizes and round trips always). */
const ONLY = process.argv.slice(2)

async function roundTrips() {
  const cloud = await startLocalCloud()
  try {
    const measure = async <A extends ActionName>(label: string, openid: string, action: A, input: ActionInput<A>, budget = '') => {
      const { result, roundTrips } = await cloud.invoke(functionOf(action), { action, input }, openid)
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
      requesterPhone: '13900001111',
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
    await cloud.post('/__cloud/faults', { latencyMs: 0 })
    const sections: [string, () => Promise<void>][] = [
      ['waits', async () => void rows.push(...(await waitFigures(cloud)))],
      ['booking', () => bookingFigures(cloud, measure)],
      ['activity', () => activityFigures(cloud, measure)],
      ['sos', () => sosFigures(cloud, measure)],
      ['reminders', () => reminderFigures(cloud)],
      ['card', () => cardFigures(cloud, measure)],
      ['photos', () => photoFigures(cloud)],
      ['roster', () => rosterFigures(cloud)],
      ['stats', () => statsFigures(cloud)],
    ]
    for (const [name, run] of sections) if (!ONLY.length || ONLY.includes(name)) await run()
  } finally {
    await cloud.stop()
  }
}

type Measure = <A extends ActionName>(label: string, openid: string, action: A, input: ActionInput<A>, budget?: string) => Promise<void>

const STAFF = 'demo-staff-chenjing'
const within = (action: string) => `≤ ${BUDGETS.roundTrips[action]}`
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

/** Round trips of the booking journey, then 200 booking attempts at once with 20 ms per database request. */
async function bookingFigures(cloud: LocalCloud, measure: Measure) {
  const date = dayAhead(2)
  const slots = { cadreId: 'cadre-01', serviceKey: 'meals', date }
  await measure('service.slots 老干部', 'demo-cadre-wangjianguo', 'service.slots', slots, within('service.slots'))
  const { times } = await cloud.ok('demo-cadre-wangjianguo', 'service.slots', slots)
  await measure('booking.create 家属代约', 'demo-family-wangli', 'booking.create', { ...slots, time: times[0] }, within('booking.create'))
  const { bookings } = await cloud.ok(STAFF, 'booking.list', { cadreId: 'cadre-01' })
  // The list puts what still needs someone first: find the booking just made by its day and time.
  const first = bookings.find((b) => b.date === date && b.time === times[0] && b.serviceKey === 'meals')!
  await measure(
    'booking.reschedule',
    'demo-cadre-wangjianguo',
    'booking.reschedule',
    { bookingId: first.id, date, time: times[2] },
    within('booking.reschedule'),
  )
  const provider = (await cloud.ok(STAFF, 'booking.get', { bookingId: first.id })).booking.provider!.id
  await cloud.ok(provider, 'booking.checkIn', { bookingId: first.id })
  await measure('booking.checkOut（完成）', provider, 'booking.checkOut', { bookingId: first.id }, within('booking.checkOut'))
  const second = await cloud.ok('demo-cadre-wangjianguo', 'booking.create', { ...slots, time: times[4] })
  await measure('booking.cancel 老干部', 'demo-cadre-wangjianguo', 'booking.cancel', { bookingId: second.id }, within('booking.cancel'))

  // 40 cadres (20 more registered here) each try 5 bookings: 200 attempts, all at once; a 41st books alone first.
  const cadres = (await cloud.ok(STAFF, 'cadre.list', {})).cadres.map((c) => c.id)
  for (let i = cadres.length; i < 41; i++) {
    const c = await cloud.ok(STAFF, 'cadre.register', {
      name: '压测老人',
      gender: '男',
      birthDate: '1940-01-01',
      celebrates: 'solar',
      rank: '一般',
      category: '退休',
      address: `桃园街 ${i} 号`,
      livesAlone: false,
      partyMember: false,
    })
    cadres.push(c.id)
  }
  // Cadres registered today get this year's card allowance from the next daily run.
  await cloud.post('/__cloud/timers/daily')
  const attempts = cadres.slice(0, 40).flatMap((cadreId, i) =>
    [1, 2, 3, 4, 5].map((n) => ({
      cadreId,
      serviceKey: n % 2 ? 'meals' : 'cleaning',
      date: dayAhead(n + 1),
      time: ['09:00', '10:00', '14:00', '15:00'][i % 4],
    })),
  )
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  const alone = { cadreId: cadres[40], serviceKey: 'cleaning', date: dayAhead(2), time: '16:00' }
  const started = process.hrtime.bigint()
  const single = await cloud.act(STAFF, 'booking.create', alone)
  const singleMs = Number(process.hrtime.bigint() - started) / 1e6
  if (single.ok) await cloud.ok(STAFF, 'booking.cancel', { bookingId: single.data.id })
  // A few at once first (about as many as two cores can run side by side), on new instances (each cold start
  // counted, as on the platform) and again on the same instances warm; then the 200, where 24 instances share the
  // same two cores.
  const few = attempts.filter((_, i) => i % 25 === 0)
  const cold = await rush(cloud, few)
  for (const id of cold.booked) await cloud.ok(STAFF, 'booking.cancel', { bookingId: id })
  const warm = await rush(cloud, few)
  for (const id of warm.booked) await cloud.ok(STAFF, 'booking.cancel', { bookingId: id })
  const all = await rush(cloud, attempts)
  await cloud.post('/__cloud/faults', { latencyMs: 0 })
  const timesOf = (r: Rush) =>
    `${percentile(r.latencies, 0.5).toFixed(0)} / ${percentile(r.latencies, 0.95).toFixed(0)} ms，单独一个 ${singleMs.toFixed(0)} ms（p95 是 ${(percentile(r.latencies, 0.95) / singleMs).toFixed(1)} 倍）；CPU 忙 ${r.cpuBusy}%，每个预约用 CPU ${r.cpuMsEach.toFixed(0)} ms，往返中位 ${percentile(r.trips, 0.5)}`
  row(`${few.length} 个同时预约，新实例（冷启动算在里面）p50 / p95`, timesOf(cold), 'p95 ≤ 3 × 单独一个')
  row(`${few.length} 个同时预约，实例已热 p50 / p95`, timesOf(warm), 'p95 ≤ 3 × 单独一个')
  row(
    '200 个同时预约 p50 / p95（每次数据库请求加 20 ms）',
    timesOf(all),
    `p95 ≤ 3 × 单独一个；本机 ${os.availableParallelism()} 核，实例上限 ${MAX_INSTANCES_PER_FUNCTION}`,
  )
  row(
    '200 个同时预约的往返 中位数 / p95 / 最多（冲突重试的代价）',
    `${percentile(all.trips, 0.5)} / ${percentile(all.trips, 0.95)} / ${all.trips[all.trips.length - 1]}`,
  )
  row(
    '200 个同时预约的结果',
    Object.entries(all.outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join('，'),
    '不重复派单，不出错',
  )
}

interface Rush {
  latencies: number[]
  trips: number[]
  outcomes: Record<string, number>
  booked: string[]
  /** How busy the machine's cores were over the rush, and the CPU time it took per attempt (functions and localcloud). */
  cpuBusy: number
  cpuMsEach: number
}

/** The machine's CPU time so far, busy and in all, in clock ticks (Linux /proc/stat). */
function cpuTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const n = fields.map(Number)
  const total = n.reduce((a, b) => a + b, 0)
  return { busy: total - n[3] - n[4], total }
}

/** These booking attempts all at once, with 20 ms per database request. */
async function rush(cloud: LocalCloud, attempts: ActionInput<'booking.create'>[]): Promise<Rush> {
  const outcomes: Record<string, number> = {}
  const trips: number[] = []
  const booked: string[] = []
  const before = cpuTicks()
  const latencies = await Promise.all(
    attempts.map(async (input) => {
      const t = process.hrtime.bigint()
      const { result, roundTrips } = await cloud.invoke('api', { action: 'booking.create', input }, STAFF)
      const r = result as { ok: true; data: { id: string; status: string } } | { ok: false; error: { code: string } }
      const key = r.ok ? r.data.status : r.error.code
      if (r.ok) booked.push(r.data.id)
      outcomes[key] = (outcomes[key] ?? 0) + 1
      trips.push(roundTrips)
      return Number(process.hrtime.bigint() - t) / 1e6
    }),
  )
  const after = cpuTicks()
  latencies.sort((a, b) => a - b)
  trips.sort((a, b) => a - b)
  const busyTicks = after.busy - before.busy
  return {
    latencies,
    trips,
    outcomes,
    booked,
    cpuBusy: Math.round((busyTicks / Math.max(1, after.total - before.total)) * 100),
    // Clock ticks are 1/100 s on Linux.
    cpuMsEach: (busyTicks * 10) / attempts.length,
  }
}

/** Round trips of sign-up and withdrawal, then 200 sign-ups at once for 30 seats with 20 ms per request. */
async function activityFigures(cloud: LocalCloud, measure: Measure) {
  const fresh = () => cloud.ok(STAFF, 'activity.save', newActivity(30))
  const first = await fresh()
  const sign = { activityId: first.id, cadreId: 'cadre-01' }
  await measure('activity.signUp 老干部本人', 'demo-cadre-wangjianguo', 'activity.signUp', sign, `≤ 4（ARCHITECTURE）`)
  await measure('activity.withdraw 老干部本人', 'demo-cadre-wangjianguo', 'activity.withdraw', sign, within('activity.withdraw'))
  // Family on an activity the cadre has not touched (signing up again after withdrawing costs one request more).
  const second = await fresh()
  await measure(
    'activity.signUp 家属',
    'demo-family-wangli',
    'activity.signUp',
    { activityId: second.id, cadreId: 'cadre-01' },
    within('activity.signUp'),
  )
  await measure(
    'activity.signUp 社区代报',
    STAFF,
    'activity.signUp',
    { activityId: first.id, cadreId: 'cadre-03' },
    within('activity.signUp'),
  )

  const rush = await fresh()
  const db = sdkFor(cloud).database()
  const ids = Array.from({ length: 200 }, (_, i) => `bench-rush-${i}`)
  await db.collection('cadres').add({
    data: ids.map((id, i) => ({
      _id: id,
      communityId: 'c-taoyuan',
      name: `压测${i}`,
      rank: '一般',
      category: '退休',
      birthDate: '1950-01-01',
      address: '桃园街',
    })),
  } as never)
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  const outcomes: Record<string, number> = {}
  const latencies = await Promise.all(
    ids.map(async (cadreId) => {
      const t = process.hrtime.bigint()
      const r = await cloud.act(STAFF, 'activity.signUp', { activityId: rush.id, cadreId })
      const key = r.ok ? (r.data.mine?.status ?? '?') : r.error.code
      outcomes[key] = (outcomes[key] ?? 0) + 1
      return Number(process.hrtime.bigint() - t) / 1e6
    }),
  )
  await cloud.post('/__cloud/faults', { latencyMs: 0 })
  latencies.sort((a, b) => a - b)
  row(
    '200 个同时报名 p50 / p95（每次数据库请求加 20 ms）',
    `${percentile(latencies, 0.5).toFixed(0)} / ${percentile(latencies, 0.95).toFixed(0)} ms`,
  )
  row(
    '200 个同时报名 30 个名额的结果',
    Object.entries(outcomes)
      .map(([k, n]) => `${k} ${n}`)
      .join('，'),
    `${BUDGETS.signupRush}`,
  )
}

/** 一键通: round trips of a press, and the time from the press to the call stored and the first tier told. */
async function sosFigures(cloud: LocalCloud, measure: Measure) {
  await measure('sos.raise 老干部本人', 'demo-cadre-wangjianguo', 'sos.raise', { cadreId: 'cadre-01' }, within('sos.raise'))
  const open = await cloud.ok(STAFF, 'sos.status', { cadreId: 'cadre-01' })
  if (open.event) await cloud.ok(STAFF, 'sos.close', { eventId: open.event.id, outcome: '压测' })
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  const t = process.hrtime.bigint()
  const raised = await cloud.act('demo-cadre-wangjianguo', 'sos.raise', { cadreId: 'cadre-01' })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  await cloud.post('/__cloud/faults', { latencyMs: 0 })
  const told = raised.ok && raised.data.steps.some((s) => s.words.startsWith('已通知'))
  row('一键通：按下到求助记下并通知第一层（每次数据库请求加 20 ms）', `${ms.toFixed(0)} ms${told ? '' : '（未通知）'}`)
}

/**
 * Photos: saving a visit with three photos against saving one without (the photos come with tickets checked without
 * a read, so the budget is the same count); a page of 20 visits with a photo each against the same page without photos
 * (all its pictures are addressed by one storage call).
 */
async function photoFigures(cloud: LocalCloud) {
  const trips = async <A extends ActionName>(action: A, input: ActionInput<A>) => {
    const { result, roundTrips } = await cloud.invoke(functionOf(action), { action, input }, STAFF)
    if (!(result as { ok: boolean }).ok) throw new Error(`${action}: ${JSON.stringify(result)}`)
    return roundTrips
  }
  const cadreId = (await newCadre(cloud)).id
  const visit = (photos: string[]) => ({ cadreId, day: dayAhead(0), visitors: '陈静', gifts: '', notes: '', photos })
  const plain = await trips('visit.record', visit([]))
  const three = await Promise.all([1, 2, 3].map(() => uploadPhoto(cloud, STAFF)))
  const pictured = await trips('visit.record', visit(three.map((p) => p.ticket)))
  row('往返 visit.record 不带照片 / 带 3 张照片', `${plain} / ${pictured}`, '带照片不多于不带')
  const otherId = (await newCadre(cloud)).id
  for (let i = 0; i < 20; i++) await cloud.ok(STAFF, 'visit.record', { ...visit([]), cadreId: otherId })
  const withoutPictures = await trips('visit.list', { cadreId: otherId })
  for (let i = 0; i < 18; i++) await cloud.ok(STAFF, 'visit.record', visit([(await uploadPhoto(cloud, STAFF)).ticket]))
  const withPictures = await trips('visit.list', { cadreId })
  row('一页 20 条走访（19 条带照片，共 21 张）：取临时链接', `${withPictures - withoutPictures} 次存储调用`, '= 1')
}

/** A function's own time limit (its config.json): one call must finish inside it. */
const timeoutS = (fn: string) =>
  (JSON.parse(readFileSync(path.resolve(__dirname, `../cloudfunctions/${fn}/config.json`), 'utf8')) as { timeout: number }).timeout

/** A 500-row roster file, checked then imported in one call each, with 20 ms per database request. */
async function rosterFigures(cloud: LocalCloud) {
  const rows = Array.from({ length: 500 }, (_, i) =>
    rosterRow(`压测老人${i}`, `19${30 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, i),
  )
  const { ticket } = await uploadSheet(cloud, STAFF, rosterCsv(rows))
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  try {
    for (const commit of [false, true]) {
      const t = process.hrtime.bigint()
      const { result, roundTrips } = await cloud.invoke('api', { action: 'roster.import', input: { ticket, commit } }, STAFF)
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      if (!(result as { ok: boolean }).ok) throw new Error(`roster.import: ${JSON.stringify(result)}`)
      row(
        `roster.import 500 行${commit ? '导入' : '检查'}（每次请求加 20 ms）`,
        `${(ms / 1000).toFixed(1)} s，${roundTrips} 次往返`,
        `< ${timeoutS('api')} s`,
      )
    }
  } finally {
    await cloud.post('/__cloud/faults', { latencyMs: 0 })
  }
}

/** The daily function's own time limit (its config.json): the job must finish inside one run. */
const dailyTimeoutS = () =>
  (JSON.parse(readFileSync(path.resolve(__dirname, '../cloudfunctions/daily/config.json'), 'utf8')) as { timeout: number }).timeout

/**
 * The daily reminder job over 100,000 cadres (birthdays spread over the year, a third lunar) with 20 ms per
 * database request: its round trips follow the day's birthdays, and it must finish inside one function run.
 */
async function reminderFigures(cloud: LocalCloud) {
  const db = sdkFor(cloud).database()
  const CADRES = 100_000
  const year = Number(dayAhead(0).slice(0, 4))
  let seed = 7
  const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n
  for (let from = 0; from < CADRES; from += 1000) {
    const docs = Array.from({ length: 1000 }, (_, i) => {
      const birthDate = `${1926 + random(35)}-${String(1 + random(12)).padStart(2, '0')}-${String(1 + random(28)).padStart(2, '0')}`
      const celebrates = random(3) === 0 ? 'lunar' : 'solar'
      return {
        _id: `bench-cadre-${from + i}`,
        communityId: 'c-bench',
        name: '压测老人',
        gender: '男',
        birthDate,
        celebrates,
        ...birthRecord(birthDate, celebrates),
        rank: random(4) === 0 ? '副县级以上' : '一般',
        category: '退休',
        partyMember: random(3) > 0,
        address: '压测街 1 号',
        livesAlone: false,
        cardIssuedYear: year,
      }
    })
    await db.collection('cadres').add({ data: docs } as never)
  }
  // Today's run settles what the seed left; the figure is the next morning's, a day the job has not done.
  await cloud.post('/__cloud/timers/daily')
  const tomorrow = dayAhead(1)
  await cloud.post('/__cloud/clock', { now: new Date(`${tomorrow}T00:00:00Z`).toISOString() })
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  const t = process.hrtime.bigint()
  const res = await request(`${cloud.url}/__cloud/timers/daily`, { method: 'POST' })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  await cloud.post('/__cloud/faults', { latencyMs: 0 })
  await cloud.post('/__cloud/clock', undefined, 'DELETE')
  const run = res.json<{ data?: { reminders: { birthdaysRead: number; reminders: number; tasks: number } } }>().data?.reminders
  row(
    `daily 提醒：${CADRES.toLocaleString()} 位老人的一天（每次数据库请求加 20 ms）`,
    run
      ? `${(ms / 1000).toFixed(1)} s，往返 ${res.headers['x-localcloud-roundtrips']} 次；读生日 ${run.birthdaysRead} 人，新任务 ${run.tasks}，提醒 ${run.reminders}`
      : '（失败）',
    `往返随当天生日人数增长；一次运行 ≤ ${dailyTimeoutS()} s`,
  )
}

/**
 * Figures for 100 communities of 1,000 cadres each, with 20 ms per database request: one minutely run's recount
 * (a few communities in turn), the bureau's dashboard once every community is counted, and a 1,000-cadre
 * community's 台帐 for the year.
 */
async function statsFigures(cloud: LocalCloud) {
  const db = sdkFor(cloud).database()
  const COMMUNITIES = 100
  const id = (n: number) => `c-stats-${String(n).padStart(3, '0')}`
  for (let c = 0; c < COMMUNITIES; c++) {
    await db
      .collection('communities')
      .add({ data: { _id: id(c), name: `压测社区${c}`, district: '压测区', dutyPhone: '0574-00000000', address: '压测路' } })
    const docs = Array.from({ length: 1000 }, (_, i) => ({
      _id: `${id(c)}-cadre-${i}`,
      communityId: id(c),
      name: '压测老人',
      gender: '女',
      birthDate: `19${30 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`,
      celebrates: 'solar',
      rank: i % 4 ? '一般' : '副县级以上',
      category: i % 3 ? '退休' : '离休',
      partyMember: i % 2 === 0,
      address: '压测街 1 号',
      livesAlone: i % 5 === 0,
    }))
    await db.collection('cadres').add({ data: docs } as never)
  }
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  try {
    const t = process.hrtime.bigint()
    const res = await request(`${cloud.url}/__cloud/timers/minutely`, { method: 'POST' })
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    const counted = res.json<{ data?: { counted: number } }>().data?.counted ?? 0
    const runs = Math.ceil((COMMUNITIES + 3) / COMMUNITIES_PER_RUN)
    row(
      `minutely 统计：一次重算 ${COMMUNITIES_PER_RUN} 个社区（各 1,000 人）的月份（每次请求加 20 ms）`,
      `${(ms / 1000).toFixed(1)} s，往返 ${res.headers['x-localcloud-roundtrips']} 次，算了 ${counted} 个社区月；${COMMUNITIES + 3} 个社区每 ${runs} 分钟轮一遍`,
      `一次运行 ≤ ${timeoutS('minutely')} s`,
    )
    await cloud.post('/__cloud/faults', { latencyMs: 0 })
    for (let i = 1; i < runs; i++) await cloud.post('/__cloud/timers/minutely')
    await cloud.post('/__cloud/faults', { latencyMs: 20 })
    const d = process.hrtime.bigint()
    const { roundTrips } = await cloud.invoke('office', { action: 'stats.overview', input: {} }, 'demo-admin-bureau')
    row(
      `stats.overview 全市 ${COMMUNITIES + 3} 个社区（每次请求加 20 ms）`,
      `${(Number(process.hrtime.bigint() - d) / 1e6).toFixed(0)} ms，往返 ${roundTrips} 次`,
      '≤ 3 次往返，和名册大小无关',
    )
    await cloud.post('/__cloud/faults', { latencyMs: 0 })
    const events = await seedYearOfEvents(
      cloud,
      id(0),
      Array.from({ length: 1000 }, (_, i) => `${id(0)}-cadre-${i}`),
      Number(dayAhead(0).slice(0, 4)),
    )
    await cloud.post('/__cloud/faults', { latencyMs: 20 })
    const l = process.hrtime.bigint()
    const ledger = await cloud.invoke(
      'office',
      { action: 'ledger.export', input: { period: 'year', month: dayAhead(0).slice(0, 7), communityId: id(0) } },
      'demo-admin-bureau',
    )
    if (!(ledger.result as { ok: boolean }).ok) throw new Error(`ledger.export: ${JSON.stringify(ledger.result)}`)
    row(
      `ledger.export 1,000 人社区一年的台帐，${events.toLocaleString('en')} 条记录（每次请求加 20 ms）`,
      `${(Number(process.hrtime.bigint() - l) / 1e6 / 1000).toFixed(1)} s，往返 ${ledger.roundTrips} 次，${(ledger.result as { data: { sheets: { rows: number }[] } }).data.sheets.reduce((n, s) => n + s.rows, 0).toLocaleString('en')} 行`,
      `< ${timeoutS('office')} s（office 函数的时限）`,
    )
  } finally {
    await cloud.post('/__cloud/faults', { latencyMs: 0 })
  }
}

/** Round trips of the card, then the nightly reconciliation over 10,000 accounts of 20 entries each. */
async function cardFigures(cloud: LocalCloud, measure: Measure) {
  await measure('card.get 老干部本人', 'demo-cadre-wangjianguo', 'card.get', { cadreId: 'cadre-01' }, within('card.get'))
  await measure('card.get 家属', 'demo-family-wangli', 'card.get', { cadreId: 'cadre-01' }, within('card.get'))
  await measure(
    'card.record 充值',
    STAFF,
    'card.record',
    { cadreId: 'cadre-01', kind: 'topup', amountFen: 100, receiptNo: 'BENCH-1' },
    within('card.record'),
  )
  const db = sdkFor(cloud).database()
  // A city's accounts (BENCH_ACCOUNTS to try another size).
  const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000)
  const ENTRIES = 20
  const at = new Date()
  for (let from = 0; from < ACCOUNTS; from += 1000) {
    const ids = Array.from({ length: Math.min(1000, ACCOUNTS - from) }, (_, i) => `bench-${from + i}`)
    await db.collection('cardAccounts').add({
      data: ids.map((id) => ({ _id: id, cadreId: id, communityId: 'c-bench', balanceFen: ENTRIES * 100, heldFen: 0, updatedAt: at })),
    } as never)
    for (let n = 0; n < ENTRIES; n++)
      await db.collection('ledgerEntries').add({
        data: ids.map((id) => ({
          _id: `topup:${id}:${n}`,
          cadreId: id,
          communityId: 'c-bench',
          kind: 'topup',
          amountFen: 100,
          what: '压测',
          by: 'bench',
          byName: '压测',
          at,
        })),
      } as never)
  }
  // Each run checks accounts until its budget and carries on from its cursor the next day: runs until a full pass.
  type Run = { data: { mismatches: number; reconciliation: { checked: number; passComplete: boolean } } }
  const times: number[] = []
  let checked = 0
  await cloud.post('/__cloud/faults', { latencyMs: 20 })
  for (let done = false; !done && times.length < 20;) {
    const t = process.hrtime.bigint()
    const { data } = (await cloud.post('/__cloud/timers/daily')) as Run
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
    checked += data.reconciliation.checked
    done = data.reconciliation.passComplete
  }
  await cloud.post('/__cloud/faults', { latencyMs: 0 })
  row(
    `对账 ${ACCOUNTS.toLocaleString()} 户 × ${ENTRIES} 笔（daily，每次数据库请求加 20 ms）`,
    `${times.length} 次运行查完 ${checked.toLocaleString()} 户，最长一次 ${(Math.max(...times) / 1000).toFixed(1)} s`,
    `每次运行 ≤ ${dailyTimeoutS()} s，生日提醒先写`,
  )
}

/** Terminal columns: Chinese characters take two. */
const displayWidth = (s: string) => [...s].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0)
const pad = (s: string, width: number) => s + ' '.repeat(Math.max(width - displayWidth(s), 1))

async function main() {
  sizes()
  firstScreens()
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
