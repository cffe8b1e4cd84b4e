// Database round trips per voice action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { voiceContracts } from '../../../../cloudfunctions/lib/features/voice/contract'

export const voiceRoundTrips: { [A in keyof typeof voiceContracts]: number } = {
  'voice.submit': 10,
  'voice.list': 6,
  'voice.reply': 6,
  'voice.rate': 4,
}
