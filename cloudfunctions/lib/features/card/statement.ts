// The monthly statement of every card in the staff member's community, as a table and as CSV for Excel / WPS.
import type { CardStatementView, ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import type { LedgerEntryDoc } from './docs'
import { _ } from '../../db/cloud'
import { findAll, findById, findMany } from '../../db/access'
import { yuan } from './rules'
import { shanghaiInstant } from '../services/slots.rules'
import { monthlyStatement, statementCsv } from './statement.rules'
import { shanghaiDay } from '../../core/time.rules'
import type { ActionContext } from '../../core/context'
import { byPinyin } from '../../core/words.rules'
import { staffCommunity } from '../../core/scope'

const PAGE = 1000

export async function cardStatement(ctx: ActionContext, input: ParsedInput<'card.statement'>): Promise<CardStatementView> {
  const communityId = staffCommunity(ctx)
  const [y, m] = input.month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  const end = shanghaiInstant(`${next}-01`, 0)
  const [community, cadres, entries] = await Promise.all([
    findById<CommunityDoc>(C.communities, communityId),
    findAll<CadreDoc>(C.cadres, { communityId }).then((all) => all.sort((a, b) => byPinyin(a.name, b.name))),
    entriesBefore(communityId, end),
  ])
  const rows = monthlyStatement(
    cadres.map((c) => ({ id: c._id, name: c.name })),
    entries,
    input.month,
    (at) => shanghaiDay(at).slice(0, 7),
  )
  const title = `${community?.name ?? ''} 服务卡月度台帐 ${y} 年 ${m} 月`
  const sum = (pick: (r: (typeof rows)[number]) => number) => yuan(rows.reduce((s, r) => s + pick(r), 0))
  const inOf = (r: (typeof rows)[number]) => r.issuedFen + r.toppedUpFen + r.refundedFen + Math.max(0, r.adjustedFen)
  const outOf = (r: (typeof rows)[number]) => r.spentFen + r.expiredFen + Math.max(0, -r.adjustedFen)
  return {
    month: input.month,
    title,
    rows: rows.map((r) => ({
      cadreId: r.cadreId,
      name: r.name,
      opening: yuan(r.openingFen),
      in: yuan(inOf(r)),
      out: yuan(outOf(r)),
      closing: yuan(r.closingFen),
      held: yuan(r.heldFen),
    })),
    totals: { opening: sum((r) => r.openingFen), in: sum(inOf), out: sum(outOf), closing: sum((r) => r.closingFen) },
    csv: statementCsv(title, rows),
  }
}

/** Every entry of the community written before `end`, a thousand at a time. */
async function entriesBefore(communityId: string, end: Date): Promise<LedgerEntryDoc[]> {
  const all: LedgerEntryDoc[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await findMany<LedgerEntryDoc>(
      C.ledgerEntries,
      { communityId, at: _.lt(end) },
      { orderBy: ['_id', 'asc'], skip, limit: PAGE },
    )
    all.push(...page)
    if (page.length < PAGE) return all
  }
}
