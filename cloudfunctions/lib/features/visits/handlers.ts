// The visits actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { visitsContracts } from './contract'
import { listTasks, handOverTask, listVisits, recordVisit, reportVisitNeed } from './visits'

export const visitsHandlers: Handlers<keyof typeof visitsContracts> = {
  'visit.report': reportVisitNeed,
  'task.list': listTasks,
  'task.handOver': handOverTask,
  'visit.record': recordVisit,
  'visit.list': listVisits,
}
