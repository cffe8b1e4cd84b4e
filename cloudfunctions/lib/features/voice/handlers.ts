// The voice actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { voiceContracts } from './contract'
import { listVoices, rateVoice, replyVoice, submitVoice } from './voices'

export const voiceHandlers: Handlers<keyof typeof voiceContracts> = {
  'voice.submit': submitVoice,
  'voice.list': listVoices,
  'voice.reply': replyVoice,
  'voice.rate': rateVoice,
}
