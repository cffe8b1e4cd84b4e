// Timer entry, 08:00 Asia/Shanghai. Later work (reminders, visit tasks, card issue, reconciliation) plugs in
// here; each job must be idempotent for the Shanghai day it is given, so a repeated or late run is safe.
import '../lib/db/cloud'
import { now } from '../lib/clock'
import { shanghaiDay } from '../lib/domain/time'

export async function main() {
  const at = now()
  return { ok: true, data: { day: shanghaiDay(at), ranAt: at.toISOString(), jobs: [] as string[] } }
}
