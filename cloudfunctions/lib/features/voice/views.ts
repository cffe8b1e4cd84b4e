// What this feature's actions answer: plain data shaped for the pages.
import type { PhotoView } from '../files/views'
import type { VoiceKind, VoiceStatus } from './rules'

export interface VoiceReplyView {
  /** "社区 王敏" / "老干部局 李华（督办）" */
  whoWords: string
  text: string
  atWords: string
  closed: boolean
}

export interface VoiceView {
  id: string
  cadreId: string
  cadreName: string
  kind: VoiceKind
  text: string
  photos: PhotoView[]
  /** "关于 5月3日 上门理发（张师傅）" for a complaint about a visit. */
  aboutWords?: string
  providerName?: string
  status: VoiceStatus
  /** "待受理" / "办理中" / "已办结" */
  statusWords: string
  /** "还有 2 天办结" / "已超期 1 天"; empty once closed. */
  dueWords: string
  overdue: boolean
  /** "王秀兰的女儿 李娜 发的" — who sent it, when family sent it for the cadre. */
  fromWords: string
  atWords: string
  replies: VoiceReplyView[]
  /** The bureau has taken it over (督办). */
  takenOver: boolean
  rating?: { stars: number; words?: string }
  /** Whether the caller may rate it now (closed, not yet rated, and they are the cadre or family). */
  canRate: boolean
}
