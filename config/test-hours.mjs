// The date-heavy suites again, as if it were three other moments of a Shanghai day: just after midnight,
// the daily job's 08:00, and ten minutes before midnight (a run that crosses into the next day).
// A test that passes only at some hours fails here. LOCALCLOUD_NOW pins each run (test/support/clock.ts).
import { spawnSync } from 'node:child_process'

const MOMENTS = ['2027-01-28T00:05:00+08:00', '2027-01-28T08:00:00+08:00', '2027-01-28T23:50:00+08:00']
const SUITES =
  'test/cloud/(features/(reminders/(reminders|sweeps|policy)|push/push|services/booking|sos/sos|activities/activities|card/card|pairing/pairing|voice/voice|rooms/rooms|branches/branches|surveys/surveys|assessment/assessment)|localcloud/host)\\.test\\.ts'

for (const at of MOMENTS) {
  console.log(`\n[test:hours] LOCALCLOUD_NOW=${at}`)
  const run = spawnSync('npx', ['jest', '--selectProjects', 'cloud', '--maxWorkers=2', '--testPathPattern', SUITES], {
    stdio: 'inherit',
    env: { ...process.env, LOCALCLOUD_NOW: at, LOCALCLOUD_CLOCK_OFFSET_MS: '' },
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
