// A valid input for each push action, made fresh for each call (the gates call every action as every caller).
import type { pushContracts } from '../../../../cloudfunctions/lib/features/push/contract'
import { PUSH_TEMPLATES } from '../../../../cloudfunctions/lib/features/push/rules'
import { Fixture } from '../../../support/arrange'

export const pushFixtures: { [A in keyof typeof pushContracts]: Fixture<A> } = {
  'push.status': async () => ({ input: {} }),
  'push.consent': async () => ({ input: { templateIds: [PUSH_TEMPLATES.service.id], moment: 'booking' } }),
}
