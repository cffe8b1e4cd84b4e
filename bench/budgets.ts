// The budgets of ARCHITECTURE.md, in one place for the bench (which prints them) and the tests that
// hold the deterministic ones (sizes). Round trips are kept per feature beside its fixtures (test/cloud/features/<f>/budgets.ts).
import type { ActionName } from '../cloudfunctions/lib/contracts'
import { peopleRoundTrips } from '../test/cloud/features/people/budgets'
import { servicesRoundTrips } from '../test/cloud/features/services/budgets'
import { messagesRoundTrips } from '../test/cloud/features/messages/budgets'
import { remindersRoundTrips } from '../test/cloud/features/reminders/budgets'
import { pushRoundTrips } from '../test/cloud/features/push/budgets'
import { cardRoundTrips } from '../test/cloud/features/card/budgets'
import { activitiesRoundTrips } from '../test/cloud/features/activities/budgets'
import { studyRoundTrips } from '../test/cloud/features/study/budgets'
import { shareRoundTrips } from '../test/cloud/features/share/budgets'
import { sosRoundTrips } from '../test/cloud/features/sos/budgets'
import { careRoundTrips } from '../test/cloud/features/care/budgets'
import { visitsRoundTrips } from '../test/cloud/features/visits/budgets'
import { pairingRoundTrips } from '../test/cloud/features/pairing/budgets'
import { filesRoundTrips } from '../test/cloud/features/files/budgets'
import { rosterRoundTrips } from '../test/cloud/features/roster/budgets'
import { statsRoundTrips } from '../test/cloud/features/stats/budgets'
import { ledgerRoundTrips } from '../test/cloud/features/ledger/budgets'
import { voiceRoundTrips } from '../test/cloud/features/voice/budgets'
import { roomsRoundTrips } from '../test/cloud/features/rooms/budgets'
import { noticesRoundTrips } from '../test/cloud/features/notices/budgets'
import { branchesRoundTrips } from '../test/cloud/features/branches/budgets'
import { talentRoundTrips } from '../test/cloud/features/talent/budgets'
import { surveysRoundTrips } from '../test/cloud/features/surveys/budgets'
import { assessmentRoundTrips } from '../test/cloud/features/assessment/budgets'

export const KB = 1024

/** Every action's round trips, gathered from the features (a missing one fails the typecheck). */
const ROUND_TRIPS: { [A in ActionName]: number } = {
  ...peopleRoundTrips,
  ...servicesRoundTrips,
  ...messagesRoundTrips,
  ...remindersRoundTrips,
  ...pushRoundTrips,
  ...cardRoundTrips,
  ...activitiesRoundTrips,
  ...studyRoundTrips,
  ...shareRoundTrips,
  ...sosRoundTrips,
  ...careRoundTrips,
  ...visitsRoundTrips,
  ...pairingRoundTrips,
  ...filesRoundTrips,
  ...rosterRoundTrips,
  ...statsRoundTrips,
  ...ledgerRoundTrips,
  ...voiceRoundTrips,
  ...roomsRoundTrips,
  ...noticesRoundTrips,
  ...branchesRoundTrips,
  ...talentRoundTrips,
  ...surveysRoundTrips,
  ...assessmentRoundTrips,
}

export const BUDGETS = {
  // Issue 21: the main package stays within 400 KB as features are added (heavy parts go to subpackages).
  weappMainBytes: 400 * KB,
  weappSubpackageBytes: 500 * KB,
  /** setData a tab page's first screen sends, measured in miniprogram-simulate (test/mp/src/pages/first-screen.test.ts). */
  firstScreenSetDataBytes: 64 * KB,
  functionBundleBytes: 300 * KB,
  homeCalls: 1,
  signupRush: 'confirmed 30，waitlisted 170，0 错误',
  /**
   * Database round trips per action, the worst over every caller allowed to make it. ARCHITECTURE.md fixes
   * book ≤ 6, cancel ≤ 5, sign up ≤ 4 and card balance ≤ 2 for those actions when they arrive; every other
   * action's budget is what it needs today, so that a change that adds requests is a visible decision.
   * ARCHITECTURE.md's booking budgets are waits, not round trips (see `waits` below): booking counts 14 requests in
   * five waits (the card, service, providers and open bookings beside the transaction's first read; the providers'
   * days; every write at once; the commit — README § 架构上的说明).
   * Sign-up is 4 for a cadre signing up themselves (the caller's record, the activity, the seat, the sign-up);
   * family need their link read and staff the cadre's record, so 6 and 5 — still four waits, the reads in parallel.
   * The router reads what an action is about (and a family caller's links) beside the caller's record, so actions
   * with a subject count one or two reads more than before the access declaration, with no more waits. Codes count
   * the reserved try and its return; erasure reads every document about the person to scrub copies of the name.
   * A list read a page at a time counts its page and, beside it in parallel, the count that gives its total (one or
   * two more requests, no more waits): staff must see how many there are, never a list silently cut at 100.
   * The staff home counts what waits (open calls, overdue visits, waiting and urgent requests) beside its other
   * reads, and the dispatch board reads the urgent repairs sent but not yet reached: more requests, the same waits.
   * A family member's home reads the coming visits and the card of each cadre she looks after beside their records
   * (two more requests in the same wave, no more waits); service.days reads two weeks of the providers' days at once;
   * 我的预约 reads every visit still to come beside its page of the past (one more request, the same waits).
   */
  roundTrips: ROUND_TRIPS as Record<string, number>,
  /**
   * Waits (round trips one after another) on the main paths, ARCHITECTURE.md's budget; printed by the bench, which
   * measures them with and without added latency. Actions not named here are printed without a budget.
   */
  waits: {
    'home.get': 2,
    'booking.create': 6,
    'booking.cancel': 5,
    'activity.signUp': 4,
    'card.get': 2,
  } as Partial<Record<ActionName, number>>,
  /** An SOS press is stored within this many waits; telling people comes after it. */
  sosStoredWaits: 4,
}
