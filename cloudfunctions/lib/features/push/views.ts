// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { PushKind } from './rules'

/** How many WeChat reminders of each kind the person can still receive (one per 允许 tap). */
export interface PushStatusView {
  kinds: { kind: PushKind; title: string; templateId: string; open: number }[]
}
