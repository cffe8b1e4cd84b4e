// Fires each function's timer trigger from its config.json. CloudBase crons have 7 fields
// (second minute hour day month weekday year); the year field is dropped for cron-parser.
import { CronExpressionParser } from 'cron-parser'

export interface TimerTrigger {
  fn: string
  name: string
  cron: string
}

export class Timers {
  private next = new Map<string, number>()
  private readonly tick: NodeJS.Timeout

  constructor(
    private readonly triggers: TimerTrigger[],
    private readonly now: () => Date,
    private readonly fire: (t: TimerTrigger, at: Date) => void,
  ) {
    this.reschedule()
    this.tick = setInterval(() => this.check(), 1000)
    this.tick.unref()
  }

  /** After the clock moves, the next firing is counted from the new time (missed ones are not replayed). */
  reschedule(): void {
    this.next = new Map(this.triggers.map((t) => [t.name, nextFiring(t.cron, this.now())]))
  }

  close(): void {
    clearInterval(this.tick)
  }

  private check(): void {
    const now = this.now()
    for (const t of this.triggers) {
      const due = this.next.get(t.name) ?? Infinity
      if (now.getTime() >= due) {
        this.next.set(t.name, nextFiring(t.cron, now))
        this.fire(t, new Date(due))
      }
    }
  }
}

export function nextFiring(cron: string, from: Date): number {
  const fields = cron.trim().split(/\s+/).slice(0, 6).join(' ')
  return CronExpressionParser.parse(fields, { currentDate: from, tz: 'Asia/Shanghai' }).next().getTime()
}
