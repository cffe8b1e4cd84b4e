// Every action, gathered from the features and grouped by the cloud function that serves it: who may call it, what it takes (zod) and
// what it answers. The mini-program imports only the types from here.
import type * as z from 'zod/mini'
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
import { statsContracts } from './features/stats/contract'
import { ledgerContracts } from './features/ledger/contract'
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

/** The actions of the `office` function (`core/functions.ts`): figures, 台帐. */
export const officeContracts = {
  ...statsContracts,
  ...ledgerContracts,
}

export const contracts = { ...apiContracts, ...officeContracts }

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export type ActionInput<A extends ActionName> = z.input<Contracts[A]['input']>
export type ParsedInput<A extends ActionName> = z.output<Contracts[A]['input']>
export type ActionOutput<A extends ActionName> = NonNullable<Contracts[A]['output']>

export * from './core/errors'
export type * from './core/views'
export type * from './features/people/views'
export type * from './features/services/views'
export type * from './features/card/views'
export type * from './features/activities/views'
export type * from './features/study/views'
export type * from './features/share/views'
export type * from './features/sos/views'
export type * from './features/care/views'
export type * from './features/visits/views'
export type * from './features/pairing/views'
export type * from './features/messages/views'
export type * from './features/reminders/views'
export type * from './features/push/views'
export type * from './features/files/views'
export type * from './features/roster/views'
export type * from './features/stats/views'
export type * from './features/voice/views'
export type * from './features/rooms/views'
export type * from './features/notices/views'
export type * from './features/branches/views'
export type * from './features/talent/views'
export { admittedRoles, SUBJECT_KEYS } from './core/contract'
export type { Access, Permission, Role, Subject } from './core/contract'
