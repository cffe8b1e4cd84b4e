// The daily run at city scale, through the real daily function: what must not be late (the day's birthday
// reminders) is written first, and the long work (the year's card money, reconciliation) works within its time
// budget, carrying on where it stopped the next run. Here the budgets are 0, so each run does one page of each.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { bindFamily, registerCadre } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { CALLERS } from '../../../support/callers'

const ctx = useCloud({ env: { RECONCILE_MS: '0', REMINDER_SWEEP_MS: '0', CARD_ISSUE_MS: '0' } })
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)

type Daily = {
  ok: boolean
  data: { reconciliation: { checked: number; mismatches: number; passComplete: boolean; lastPassRuns?: number } }
}
const daily = async () => (await cloud.post('/__cloud/timers/daily')) as Daily
const reported = async () =>
  (
    await db
      .collection('messages')
      .where({ to: CALLERS.admin, title: db.RegExp({ regexp: '^服务卡对账不符' }) })
      .get()
  ).data

it('writes the day’s birthday reminders first, and checks the accounts a page a run, reporting a planted mismatch once', async () => {
  // 250 more accounts than the demo has: three pages of a hundred.
  for (let i = 0; i < 250; i += 50)
    await Promise.all(
      Array.from({ length: 50 }, (_v, j) => {
        const id = `acct-${String(i + j).padStart(3, '0')}`
        return db.collection('cardAccounts').add({ data: { _id: id, cadreId: id, communityId: 'c-taoyuan', balanceFen: 0, heldFen: 0 } })
      }),
    )
  await db
    .collection('cardAccounts')
    .doc('acct-150')
    .update({ data: { balanceFen: 999 } })
  // A birthday three days from today: the family reminder is due in this very run.
  const today = shanghaiDay(hostNow())
  const cadre = await registerCadre(cloud, '寿星甲', `1950-${dayAfter(today, 3).slice(5)}`)
  const son = await bindFamily(cloud, cadre.id, '寿星之子')

  const first = await daily()
  expect(first.data.reconciliation).toMatchObject({ checked: 100, passComplete: false })
  expect((await db.collection('messages').where({ to: son }).get()).data.map((m) => m.title)).toEqual([expect.stringContaining('寿星甲')])
  const second = await daily()
  expect(second.data.reconciliation).toMatchObject({ checked: 100, mismatches: 1, passComplete: false })
  const third = await daily()
  expect(third.data.reconciliation).toMatchObject({ mismatches: 0, passComplete: true, lastPassRuns: 3 })
  expect((await reported()).map((m) => m.body)).toEqual([expect.stringContaining('acct-150')])
  // Nothing was fixed: the account is as it was found.
  expect((await db.collection('cardAccounts').doc('acct-150').get()).data.balanceFen).toBe(999)
  // The next pass starts again from the first account.
  expect((await daily()).data.reconciliation).toMatchObject({ checked: 100, passComplete: false, lastPassRuns: 3 })
})

it('pays a new year’s card money a page a run when the budget is spent, everyone once', async () => {
  const year = Number(shanghaiDay(hostNow()).slice(0, 4))
  const ids = Array.from({ length: 130 }, (_v, i) => `owed-${String(i).padStart(3, '0')}`)
  await Promise.all(
    ids.map((id) =>
      db.collection('cadres').add({
        data: { _id: id, communityId: 'c-taoyuan', name: `补发${id}`, rank: '一般', category: '退休', cardIssuedYear: year - 1 },
      }),
    ),
  )
  const first = (await daily()) as Daily & { data: { issued: number } }
  expect(first.data.issued).toBe(100)
  const second = (await daily()) as Daily & { data: { issued: number } }
  expect(second.data.issued).toBe(30)
  expect(((await daily()) as Daily & { data: { issued: number } }).data.issued).toBe(0)
  const issues = await db
    .collection('ledgerEntries')
    .where({ _id: db.RegExp({ regexp: `^issue:owed-.*:${year}$` }) })
    .count()
  expect(issues.total).toBe(130)
})
