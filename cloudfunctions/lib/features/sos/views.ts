// What this feature's actions answer: plain data shaped for the pages, sensitive fields already masked.
import type { CareContactView } from '../care/views'

export interface SosView {
  id: string
  cadreId: string
  cadreName: string
  address: string
  atWords: string
  status: 'open' | 'acknowledged' | 'closed'
  /** "正在通知家属", "社区已响应（陈静）", "已处理完：…" */
  statusWords: string
  steps: { atWords: string; words: string }[]
  /** The community's 24-hour line, which the phone dials right after the press. */
  dutyPhone: string
}

export interface SosConsoleItem extends SosView {
  phone?: string
  livesAlone: boolean
  family: { name: string; relation: string }[]
  /** From the care profile, for the responder: e.g. "半自理；高血压、糖尿病；少糖饮食" (the read is logged). */
  health: string
  contacts: CareContactView[]
  /** The cadre's grid and the staff member keeping it (分片包干); `mine` when that is the viewer. */
  grid?: string
  keeperName?: string
  mine: boolean
}
