// Recounts one community's month from the raw collections (reads that go out together) and stores the figures.
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findIn } from '../../db/access'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { TaskDoc } from '../visits/docs'
import type { PairDoc, PairLogDoc } from '../pairing/docs'
import { figuresOf, monthRange, type MonthSources } from './figures.rules'
import type { StatsDoc } from './docs'

export const statsId = (communityId: string, month: string) => `${communityId}:${month}`

async function sourcesOf(communityId: string, month: string): Promise<MonthSources> {
  const { from, to } = monthRange(month)
  const during = _.and([_.gte(from), _.lt(to)])
  const days = _.and([_.gte(`${month}-01`), _.lte(`${month}-31`)])
  const [cadres, bookings, ledger, tasksDue, reports, visits, sos, activities, materials, reads, contributions, accounts, pairs, voices] =
    await Promise.all([
      findAll<MonthSources['cadres'][number]>(C.cadres, { communityId }),
      findAll<MonthSources['bookings'][number]>(C.bookings, { communityId, createdAt: during }),
      findAll<MonthSources['ledger'][number]>(C.ledgerEntries, { communityId, at: during }),
      findAll<TaskDoc>(C.tasks, { communityId, dueDay: days }),
      findAll<TaskDoc>(C.tasks, { communityId, createdAt: during }),
      findAll<MonthSources['visits'][number]>(C.visits, { communityId, day: days }),
      findAll<MonthSources['sos'][number]>(C.sosEvents, { communityId, at: during }),
      findAll<ActivityDoc>(C.activities, { communityId, startAt: during }),
      findAll<MonthSources['materials'][number]>(C.materials, { communityId, publishedAt: during }),
      findAll<MonthSources['reads'][number]>(C.materialReads, { communityId, at: during }),
      findAll<MonthSources['contributions'][number]>(C.contributions, { communityId, submittedAt: during }),
      findAll<MonthSources['accounts'][number]>(C.cardAccounts, { communityId }),
      findAll<PairDoc>(C.pairs, { communityId }),
      findAll<MonthSources['voices'][number]>(C.voices, { communityId, submittedAt: during }),
    ])
  const [signups, pairLogs] = await Promise.all([
    findIn<SignupDoc>(
      C.signups,
      'activityId',
      activities.map((a) => a._id),
    ),
    findIn<PairLogDoc>(
      C.pairLogs,
      'pairId',
      pairs.map((p) => p._id),
      { day: days },
    ),
  ])
  // A report made at the month's end may be due in the next: both lists, each task once.
  const tasks = [...tasksDue, ...reports.filter((r) => !tasksDue.some((t) => t._id === r._id))]
  return {
    cadres,
    bookings,
    ledger,
    tasks,
    visits,
    sos,
    activities,
    signups,
    materials,
    reads,
    contributions,
    voices,
    accounts,
    pairs,
    pairLogs,
  }
}

export async function recountMonth(communityId: string, month: string, now: Date): Promise<StatsDoc> {
  const doc: StatsDoc = {
    _id: statsId(communityId, month),
    communityId,
    month,
    figures: figuresOf(month, await sourcesOf(communityId, month), now),
    computedAt: now,
  }
  const { _id, ...data } = doc
  await db.collection(C.stats).doc(_id).set({ data })
  return doc
}
