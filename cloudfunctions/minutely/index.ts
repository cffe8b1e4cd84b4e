// Timer entry, every minute. Later work (SOS escalation, booking reminders, waitlist holds) plugs in here.
import '../lib/db/cloud'
import { now } from '../lib/clock'

export async function main() {
  return { ok: true, data: { ranAt: now().toISOString(), jobs: [] as string[] } }
}
