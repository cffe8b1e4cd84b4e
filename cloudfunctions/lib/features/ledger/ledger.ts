// ledger.export: the 台帐 workbook for a month, quarter or year — one community (staff: their own) or any or all
// (the bureau). The reads for the period go out together; the rows and the workbook are made by the sheets file,
// loaded now (./rows.ts, ./workbook.ts).
import { AppError, type ActionOutput, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _ } from '../../db/cloud'
import { findAll, findById, findIn } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { REPORT_KINDS } from '../../core/categories'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import type { TaskDoc, VisitDoc } from '../visits/docs'
import type { ActivityDoc, SignupDoc } from '../activities/docs'
import type { MaterialDoc, MaterialReadDoc } from '../study/docs'
import type { BookingDoc } from '../services/docs'
import type { LedgerEntryDoc } from '../card/docs'
import type { SosEventDoc } from '../sos/docs'
import type { PairDoc, PairLogDoc } from '../pairing/docs'
import { handOver, temporaryUrls } from '../files/files'
import { monthRange } from '../stats/figures.rules'
import { periodMonths } from './ledger.rules'

export async function exportLedger(ctx: ActionContext, input: ParsedInput<'ledger.export'>): Promise<ActionOutput<'ledger.export'>> {
  const bureau = ctx.caller.roles.includes('admin')
  const communityId = bureau ? input.communityId : staffCommunity(ctx)
  if (!bureau && input.communityId && input.communityId !== communityId) throw new AppError('FORBIDDEN', '只能导出本社区的台帐')
  const period = periodMonths(input.period, input.month)
  const scope = communityId ? { communityId } : {}
  const during = _.and([_.gte(monthRange(period.first).from), _.lt(monthRange(period.last).to)])
  const days = _.and([_.gte(`${period.first}-01`), _.lte(`${period.last}-31`)])
  const [communities, cadres, visits, tasks, activities, materials, reads, bookings, entries, calls, pairs] = await Promise.all([
    communityId ? findById<CommunityDoc>(C.communities, communityId).then((c) => (c ? [c] : [])) : findAll<CommunityDoc>(C.communities, {}),
    findAll<CadreDoc>(C.cadres, { ...scope, erasedAt: _.exists(false) }),
    findAll<VisitDoc>(C.visits, { ...scope, day: days }),
    findAll<TaskDoc>(C.tasks, { ...scope, kind: _.in([...REPORT_KINDS, '吊唁']), createdAt: during }),
    findAll<ActivityDoc>(C.activities, { ...scope, startAt: during }),
    findAll<MaterialDoc>(C.materials, { ...scope, publishedAt: during }),
    findAll<MaterialReadDoc>(C.materialReads, { ...scope, at: during }),
    findAll<BookingDoc>(C.bookings, { ...scope, createdAt: during }),
    findAll<LedgerEntryDoc>(C.ledgerEntries, { ...scope, at: during }),
    findAll<SosEventDoc>(C.sosEvents, { ...scope, at: during }),
    findAll<PairDoc>(C.pairs, scope),
  ])
  if (communityId && !communities.length) throw new AppError('NOT_FOUND', '没有找到这个社区')
  const photoIds = visits.flatMap((v) => (v.photos ?? []).map((p) => p.fileId))
  const [signups, logs, photoUrls] = await Promise.all([
    findIn<SignupDoc>(
      C.signups,
      'activityId',
      activities.map((a) => a._id),
      { status: 'confirmed' },
    ),
    findIn<PairLogDoc>(
      C.pairLogs,
      'pairId',
      pairs.map((p) => p._id),
      { day: days },
    ),
    temporaryUrls(photoIds),
  ])
  const { ledgerSheets, ledgerWorkbook } = await import('../../sheets')
  const sheets = ledgerSheets(
    { communities, cadres, visits, tasks, activities, signups, materials, reads, bookings, entries, calls, pairs, logs },
    new Map(photoIds.map((id, i) => [id, photoUrls[i]])),
    ctx.now,
  )
  const name = `台帐-${communityId ? communities[0].name : '全市'}-${period.words}.xlsx`
  return {
    ...(await handOver(ctx, name, await ledgerWorkbook(name, sheets))),
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })),
  }
}
