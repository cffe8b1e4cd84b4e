// A valid input for each notice action, made fresh for each call (the gates call every action as every caller).
import type { noticesContracts } from '../../../../cloudfunctions/lib/features/notices/contract'
import { CALLERS } from '../../../support/callers'
import { Fixture } from '../../../support/arrange'

let forms = 0
export const newNotice = (communityIds?: string[]) => ({
  requestId: `notice-form-${process.pid}-${++forms}`,
  title: '关于做好冬季老干部走访慰问的通知',
  body: '各社区：请在元旦前走访慰问辖区内的离退休干部，重点看望独居、患病的老同志。',
  ...(communityIds ? { communityIds } : {}),
})

export const noticesFixtures: { [A in keyof typeof noticesContracts]: Fixture<A> } = {
  'notice.publish': async () => ({ input: newNotice() }),
  'notice.list': async () => ({ input: {} }),
  'notice.read': async (cloud) => ({ input: { noticeId: (await cloud.ok(CALLERS.admin, 'notice.publish', newNotice())).id } }),
}
