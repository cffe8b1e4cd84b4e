// A valid input for every action, gathered from the features' fixtures (test/cloud/features/<feature>/fixtures.ts),
// made fresh for each call, about the target cadre where the action is about a cadre. A new action without a
// fixture fails the typecheck here.
import type { ActionName } from '../../cloudfunctions/lib/contracts'
import type { Fixture, Prepared } from './arrange'
import type { LocalCloud } from './localcloud'
import { peopleFixtures } from '../cloud/features/people/fixtures'
import { servicesFixtures } from '../cloud/features/services/fixtures'
import { cardFixtures } from '../cloud/features/card/fixtures'
import { activitiesFixtures } from '../cloud/features/activities/fixtures'
import { studyFixtures } from '../cloud/features/study/fixtures'
import { shareFixtures } from '../cloud/features/share/fixtures'
import { sosFixtures } from '../cloud/features/sos/fixtures'
import { careFixtures } from '../cloud/features/care/fixtures'
import { visitsFixtures } from '../cloud/features/visits/fixtures'
import { pairingFixtures } from '../cloud/features/pairing/fixtures'
import { messagesFixtures } from '../cloud/features/messages/fixtures'
import { remindersFixtures } from '../cloud/features/reminders/fixtures'
import { pushFixtures } from '../cloud/features/push/fixtures'
import { filesFixtures } from '../cloud/features/files/fixtures'
import { rosterFixtures } from '../cloud/features/roster/fixtures'
import { statsFixtures } from '../cloud/features/stats/fixtures'
import { ledgerFixtures } from '../cloud/features/ledger/fixtures'
import { voiceFixtures } from '../cloud/features/voice/fixtures'
import { roomsFixtures } from '../cloud/features/rooms/fixtures'
import { noticesFixtures } from '../cloud/features/notices/fixtures'
import { branchesFixtures } from '../cloud/features/branches/fixtures'
import { talentFixtures } from '../cloud/features/talent/fixtures'
import { surveysFixtures } from '../cloud/features/surveys/fixtures'
import { assessmentFixtures } from '../cloud/features/assessment/fixtures'

export const FIXTURES: { [A in ActionName]: Fixture<A> } = {
  ...peopleFixtures,
  ...servicesFixtures,
  ...cardFixtures,
  ...activitiesFixtures,
  ...studyFixtures,
  ...shareFixtures,
  ...sosFixtures,
  ...careFixtures,
  ...visitsFixtures,
  ...pairingFixtures,
  ...messagesFixtures,
  ...remindersFixtures,
  ...pushFixtures,
  ...filesFixtures,
  ...rosterFixtures,
  ...statsFixtures,
  ...ledgerFixtures,
  ...voiceFixtures,
  ...roomsFixtures,
  ...noticesFixtures,
  ...branchesFixtures,
  ...talentFixtures,
  ...surveysFixtures,
  ...assessmentFixtures,
}

export const prepare = (cloud: LocalCloud, action: ActionName) => FIXTURES[action](cloud) as Promise<Prepared>
