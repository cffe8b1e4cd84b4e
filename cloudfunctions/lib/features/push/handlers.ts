// The push actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { pushContracts } from './contract'
import { pushStatus, recordPushConsent } from './push'

export const pushHandlers: Handlers<keyof typeof pushContracts> = {
  'push.status': pushStatus,
  'push.consent': recordPushConsent,
}
