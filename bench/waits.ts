// Waits on the user's main paths: the database round trips a caller waits for one after another, measured as
// ARCHITECTURE.md defines them — (time with 20 ms added to every request − time with none) / 20 ms — in one run,
// beside localcloud's count of them (the figure held to the budget: the timed one carries the machine's own
// overhead of a few milliseconds a call), the total round trips (they cost quota) and p50 / p95 at 20 ms.
import type { LocalCloud } from '../test/support/localcloud'
import type { ActionInput, ActionName } from '../cloudfunctions/lib/contracts'
import { dayAhead, newActivity } from '../test/support/arrange'
import { BUDGETS } from './budgets'
import { functionOf } from '../cloudfunctions/lib/core/functions'

const LATENCY_MS = 20
const RUNS = 7

type Timed = <A extends ActionName>(label: string, openid: string, action: A, input: ActionInput<A>) => Promise<unknown>

interface Sample {
  action: ActionName
  roundTrips: number
  /** Counted by localcloud at 20 ms: requests that found none of the call's others in flight. */
  counted: number
  /** The wait in which the call first wrote each collection outside a transaction. */
  firstWrites: Record<string, number>
  ms: { [latency: number]: number[] }
}

const CADRE = 'demo-cadre-wangjianguo'
const SOS_PRESS = '一键通 按下'
const FAMILY = 'demo-family-wangli'
const STAFF = 'demo-staff-chenjing'

/** The main paths, as a person walks them; each step after the first uses what the one before made. */
function journeys(cloud: LocalCloud): ((timed: Timed) => Promise<void>)[] {
  const haircut = { cadreId: 'cadre-01', serviceKey: 'haircut', date: dayAhead(3) }
  return [
    async (timed) => {
      await timed('首页 老干部', CADRE, 'home.get', {})
      await timed('首页 家属', 'demo-family-sunyan', 'home.get', {})
      await timed('首页 社区', STAFF, 'home.get', {})
      await timed('服务目录', CADRE, 'service.catalog', { cadreId: 'cadre-01' })
      await timed('可约时间', CADRE, 'service.slots', haircut)
      await timed('服务卡余额 老干部', CADRE, 'card.get', { cadreId: 'cadre-01' })
      await timed('服务卡余额 家属', FAMILY, 'card.get', { cadreId: 'cadre-01' })
      await timed('今日任务', STAFF, 'task.list', { offset: 0 })
    },
    async (timed) => {
      const { times } = await cloud.ok(CADRE, 'service.slots', haircut)
      const booked = (await timed('预约', CADRE, 'booking.create', { ...haircut, time: times[0] })) as { id: string }
      await timed('取消预约', CADRE, 'booking.cancel', { bookingId: booked.id })
      const again = await cloud.ok(CADRE, 'booking.create', { ...haircut, time: times[0] })
      await timed('改约', CADRE, 'booking.reschedule', { bookingId: again.id, date: haircut.date, time: times[times.length - 1] })
      await cloud.ok(CADRE, 'booking.cancel', { bookingId: again.id })
    },
    async (timed) => {
      const activity = await cloud.ok(STAFF, 'activity.save', newActivity(30))
      await timed('报名', CADRE, 'activity.signUp', { activityId: activity.id, cadreId: 'cadre-01' })
      await timed('退出报名', CADRE, 'activity.withdraw', { activityId: activity.id, cadreId: 'cadre-01' })
    },
    async (timed) => {
      const raised = (await timed(SOS_PRESS, CADRE, 'sos.raise', { cadreId: 'cadre-01' })) as { id: string }
      await timed('一键通 接单', STAFF, 'sos.acknowledge', { eventId: raised.id })
      await cloud.ok(STAFF, 'sos.close', { eventId: raised.id, outcome: '压测' })
    },
    async (timed) => {
      const visit = { cadreId: 'cadre-02', day: dayAhead(0), visitors: '陈静', gifts: '', notes: '', photos: [] }
      await timed('记走访', STAFF, 'visit.record', visit)
    },
  ]
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]

/** Rows of [what, figure, budget]: every step's round trips, waits and p50 / p95 at 20 ms. */
export async function waitFigures(cloud: LocalCloud): Promise<[string, string, string][]> {
  const samples = new Map<string, Sample>()
  let latency = 0
  const timed: Timed = async (label, openid, action, input) => {
    const t = process.hrtime.bigint()
    const { result, roundTrips, waits, firstWrites } = await cloud.invoke(functionOf(action), { action, input }, openid)
    const ms = Number(process.hrtime.bigint() - t) / 1e6
    const answer = result as { ok: boolean; data?: unknown; error?: unknown }
    if (!answer.ok) throw new Error(`${label} ${action}: ${JSON.stringify(answer.error)}`)
    const s = samples.get(label) ?? { action, roundTrips, counted: waits, firstWrites, ms: {} }
    s.roundTrips = roundTrips
    if (latency) Object.assign(s, { counted: waits, firstWrites })
    ;(s.ms[latency] ??= []).push(ms)
    samples.set(label, s)
    return answer.data
  }
  // Warm every instance first, then alternate the two settings so that drift in the machine falls on both.
  for (const walk of journeys(cloud)) await walk(async (_l, openid, action, input) => cloud.ok(openid, action, input))
  for (let run = 0; run < RUNS; run++)
    for (const setting of [0, LATENCY_MS]) {
      latency = setting
      await cloud.post('/__cloud/faults', { latencyMs: setting })
      try {
        for (const walk of journeys(cloud)) await walk(timed)
      } finally {
        await cloud.post('/__cloud/faults', { latencyMs: 0 })
      }
    }
  const rows = [...samples].map(([label, s]): [string, string, string] => {
    const at = s.ms[LATENCY_MS]
    const waits = (median(at) - median(s.ms[0])) / LATENCY_MS
    const budget = BUDGETS.waits[s.action]
    return [
      `等待 ${label}（${s.action}）`,
      `${s.counted} 次等待（计时 ${waits.toFixed(1)}），${s.roundTrips} 次往返；20 ms 时 p50 ${median(at).toFixed(0)} / p95 ${p95(at).toFixed(0)} ms`,
      budget === undefined ? '' : `≤ ${budget} 次等待`,
    ]
  })
  const press = samples.get(SOS_PRESS)
  rows.push([
    '等待 一键通 求助记下（sosEvents 写入）',
    `第 ${press?.firstWrites.sosEvents ?? '—'} 次等待`,
    `≤ ${BUDGETS.sosStoredWaits} 次等待`,
  ])
  return rows
}
