// A valid input for each messages action, made fresh for each call (the gates call every action as every caller).
import type { messagesContracts } from '../../../../cloudfunctions/lib/features/messages/contract'
import { Fixture } from '../../../support/arrange'

export const messagesFixtures: { [A in keyof typeof messagesContracts]: Fixture<A> } = {
  'message.list': async () => ({ input: {} }),
  'message.read': async () => ({ input: {} }),
}
