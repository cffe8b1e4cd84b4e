// A valid input for each voice action, made fresh for each call (the gates call every action as every caller).
import type { voiceContracts } from '../../../../cloudfunctions/lib/features/voice/contract'
import type { LocalCloud } from '../../../support/localcloud'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { Fixture, STAFF } from '../../../support/arrange'

let forms = 0
/** A new 意见建议 from the target cadre, as the form sends it. */
export const newVoice = (text = '楼道的灯坏了一个月，晚上下楼看不见') => ({
  cadreId: TARGET_CADRE,
  requestId: `voice-form-${process.pid}-${++forms}`,
  kind: '意见' as const,
  text,
})

const sentVoice = async (cloud: LocalCloud) => (await cloud.ok(CALLERS.cadreSelf, 'voice.submit', newVoice())).id

export const voiceFixtures: { [A in keyof typeof voiceContracts]: Fixture<A> } = {
  'voice.submit': async () => ({ input: newVoice() }),
  'voice.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'voice.reply': async (cloud) => ({ input: { voiceId: await sentVoice(cloud), text: '已联系物业，三天内换好', close: false } }),
  'voice.rate': async (cloud) => {
    const voiceId = await sentVoice(cloud)
    await cloud.ok(STAFF, 'voice.reply', { voiceId, text: '物业已经换好了灯', close: true })
    return { input: { voiceId, stars: 5 } }
  },
}
