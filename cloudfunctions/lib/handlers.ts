// The `api` function's handlers, gathered from the features.
import type { apiContracts } from './api.contracts'
import type { Handlers } from './core/handler'
import { peopleHandlers } from './features/people/handlers'
import { servicesHandlers } from './features/services/handlers'
import { cardHandlers } from './features/card/handlers'
import { activitiesHandlers } from './features/activities/handlers'
import { studyHandlers } from './features/study/handlers'
import { shareHandlers } from './features/share/handlers'
import { sosHandlers } from './features/sos/handlers'
import { careHandlers } from './features/care/handlers'
import { visitsHandlers } from './features/visits/handlers'
import { pairingHandlers } from './features/pairing/handlers'
import { messagesHandlers } from './features/messages/handlers'
import { remindersHandlers } from './features/reminders/handlers'
import { pushHandlers } from './features/push/handlers'
import { filesHandlers } from './features/files/handlers'
import { rosterHandlers } from './features/roster/handlers'
import { voiceHandlers } from './features/voice/handlers'
import { roomsHandlers } from './features/rooms/handlers'
import { noticesHandlers } from './features/notices/handlers'
import { branchesHandlers } from './features/branches/handlers'
import { talentHandlers } from './features/talent/handlers'

export const apiHandlers: Handlers<keyof typeof apiContracts> = {
  ...peopleHandlers,
  ...servicesHandlers,
  ...cardHandlers,
  ...activitiesHandlers,
  ...studyHandlers,
  ...shareHandlers,
  ...sosHandlers,
  ...careHandlers,
  ...visitsHandlers,
  ...pairingHandlers,
  ...messagesHandlers,
  ...remindersHandlers,
  ...pushHandlers,
  ...filesHandlers,
  ...rosterHandlers,
  ...voiceHandlers,
  ...roomsHandlers,
  ...noticesHandlers,
  ...branchesHandlers,
  ...talentHandlers,
}
