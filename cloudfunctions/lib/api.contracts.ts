// The contracts of the `api` function's actions (values: zod schemas). Only the function's entry and the tests import
// these; everything else imports types and errors from ./contracts, so no function carries another's schemas.
import { peopleContracts } from './features/people/contract'
import { servicesContracts } from './features/services/contract'
import { cardContracts } from './features/card/contract'
import { activitiesContracts } from './features/activities/contract'
import { studyContracts } from './features/study/contract'
import { shareContracts } from './features/share/contract'
import { sosContracts } from './features/sos/contract'
import { careContracts } from './features/care/contract'
import { visitsContracts } from './features/visits/contract'
import { pairingContracts } from './features/pairing/contract'
import { messagesContracts } from './features/messages/contract'
import { remindersContracts } from './features/reminders/contract'
import { pushContracts } from './features/push/contract'
import { filesContracts } from './features/files/contract'
import { rosterContracts } from './features/roster/contract'
import { voiceContracts } from './features/voice/contract'
import { roomsContracts } from './features/rooms/contract'
import { noticesContracts } from './features/notices/contract'
import { branchesContracts } from './features/branches/contract'
import { talentContracts } from './features/talent/contract'

/** The actions of the `api` function: everything a cadre, family, provider or staff member does day to day. */
export const apiContracts = {
  ...peopleContracts,
  ...servicesContracts,
  ...cardContracts,
  ...activitiesContracts,
  ...studyContracts,
  ...shareContracts,
  ...sosContracts,
  ...careContracts,
  ...visitsContracts,
  ...pairingContracts,
  ...messagesContracts,
  ...remindersContracts,
  ...pushContracts,
  ...filesContracts,
  ...rosterContracts,
  ...voiceContracts,
  ...roomsContracts,
  ...noticesContracts,
  ...branchesContracts,
  ...talentContracts,
}
