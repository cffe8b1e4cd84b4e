// A roster-wide sweep bigger than one run: with REMINDER_SWEEP_MS=0 every daily run carries a sweep on by one
// page only, as a run at the function's time limit would. The sweep is finished over the next runs, from the last
// cadre done, and never holds back the next day's birthday reminders.
import type { LocalCloud } from '../../../support/localcloud'
import { useCloud } from '../../../support/refused'
import { bindFamily, partyMembers, registerCadre } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'

const ctx = useCloud({ env: { REMINDER_SWEEP_MS: '0' } })
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})

type Daily = { ok: boolean; data: { reminders: { days: string[]; sweepsPending: number } } }
async function dailyOn(day: string): Promise<Daily> {
  await cloud.post('/__cloud/clock', { now: new Date(`${day}T00:00:00Z`).toISOString() })
  return (await cloud.post('/__cloud/timers/daily')) as Daily
}

it('carries the 七一 visits over several runs from the last cadre done, while the next days’ birthdays go out on time', async () => {
  await db.collection('cadres').add({ data: partyMembers(250) } as never)
  const members = (await db.collection('cadres').where({ partyMember: true }).count()).total
  const written = async () => (await db.collection('tasks').where({ dueDay: '2027-07-01', kind: '节日走访' }).count()).total
  const progress = async () => (await db.collection('jobState').doc('festival:qiyi:2027-07-01').get()).data

  expect((await dailyOn('2027-06-23')).ok).toBe(true)
  // 2027-06-24: 七一 is a week ahead; this run registers the sweep and does one page of it.
  const first = await dailyOn('2027-06-24')
  expect(first.data.reminders.sweepsPending).toBe(1)
  expect(await written()).toBe(100)
  expect(await progress()).toMatchObject({ pending: true })

  // A birthday on the 28th is told to family on the 25th, though the sweep is still going.
  const cadre = await registerCadre(cloud, '孙立本', '1950-06-28')
  const son = await bindFamily(cloud, cadre.id, '孙明')
  const second = await dailyOn('2027-06-25')
  expect(second.data.reminders.days).toEqual(['2027-06-25'])
  const told = (await db.collection('messages').where({ to: son }).get()).data
  expect(told.map((m) => m.title)).toEqual(['孙立本 6月28日 周一 过 77 岁生日'])
  expect(await written()).toBe(200)

  // The next run finishes it: every party member once, the sweep marked done.
  const third = await dailyOn('2027-06-26')
  expect(third.data.reminders.sweepsPending).toBe(0)
  expect(await written()).toBe(members)
  expect(await progress()).toMatchObject({ pending: false, doneThrough: '2027-07-01' })
})
