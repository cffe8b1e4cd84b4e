// 意见建议: what may be sent, by when the community must have finished with it, and how each stage is said.
// Pure, with the clock passed in; the form reads the kinds and days from here too, so it imports nothing else.

export const VOICE_KINDS = ['建议', '意见', '投诉'] as const
export type VoiceKind = (typeof VOICE_KINDS)[number]

/**
 * Days the community has to finish (办结) what was sent: a complaint is about someone's care now, so it is short;
 * a suggestion may need a meeting. Past it, the bureau is told and may take it over.
 */
export const DAYS_TO_FINISH: Record<VoiceKind, number> = { 投诉: 3, 意见: 7, 建议: 10 }

export type VoiceStatus = 'new' | 'handling' | 'closed'
export const STATUS_WORDS: Record<VoiceStatus, string> = { new: '待受理', handling: '办理中', closed: '已办结' }

const DAY_MS = 24 * 3600_000

export const dueAtFor = (kind: VoiceKind, submittedAt: Date): Date => new Date(submittedAt.getTime() + DAYS_TO_FINISH[kind] * DAY_MS)

/** Still open past its due time. */
export const isOverdue = (v: { status: VoiceStatus; dueAt: Date }, now: Date): boolean =>
  v.status !== 'closed' && new Date(v.dueAt).getTime() < now.getTime()

/** "还有 2 天办结" / "今天到期" / "已超期 3 天"; nothing once closed. */
export function dueWords(v: { status: VoiceStatus; dueAt: Date }, now: Date): string {
  if (v.status === 'closed') return ''
  const left = new Date(v.dueAt).getTime() - now.getTime()
  if (left < 0) return `已超期 ${Math.max(1, Math.floor(-left / DAY_MS))} 天`
  // Whole days left, counting a part day as one: a complaint sent just now has 3 days, not 2 and some hours.
  const days = Math.ceil(left / DAY_MS)
  return days <= 0 ? '今天到期' : `还有 ${days} 天办结`
}

/** The status after a reply: the first reply accepts (受理 → 办理中); a reply that says so closes it. */
export const statusAfterReply = (close: boolean): VoiceStatus => (close ? 'closed' : 'handling')
