// Every action's types (who may call it, what it takes, what it answers), the errors and the views. Only types and
// errors: the schemas themselves are in ./api.contracts.ts and ./office.contracts.ts, one per function, so a
// function bundles its own. The mini-program imports only the types from here.
import type * as z from 'zod/mini'
import type { apiContracts } from './api.contracts'
import type { officeContracts } from './office.contracts'

export type Contracts = typeof apiContracts & typeof officeContracts
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
export type * from './features/surveys/views'
export type * from './features/assessment/views'
export { admittedRoles, SUBJECT_KEYS } from './core/contract'
export type { Access, Permission, Role, Subject } from './core/contract'
