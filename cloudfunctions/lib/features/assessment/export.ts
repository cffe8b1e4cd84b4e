// assessment.export: the year's score sheet — one sheet per scheme, a row per community (staff: their own) with its
// rank, status, total, whether it passed, and every item's score (the figure's or the bureau's; a draft's own).
import type { ActionOutput, ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _ } from '../../db/cloud'
import { findAll } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { shanghaiDay } from '../../core/time.rules'
import type { CommunityDoc } from '../people/docs'
import { handOver } from '../files/files'
import { uniqueSheetName, type LedgerSheet } from '../ledger/ledger.rules'
import type { AssessmentDoc, SchemeDoc } from './docs'
import { passLine } from './rules'

const STATUS: Record<AssessmentDoc['status'], string> = { draft: '自评中', submitted: '等评审', reviewed: '已评审' }

export async function exportAssessment(
  ctx: ActionContext,
  input: ParsedInput<'assessment.export'>,
): Promise<ActionOutput<'assessment.export'>> {
  const year = input.year ?? Number(shanghaiDay(ctx.now).slice(0, 4))
  const own = ctx.relation === 'staff' ? staffCommunity(ctx) : null
  const [schemes, communities] = await Promise.all([
    findAll<SchemeDoc>(C.schemes, { year }),
    findAll<CommunityDoc>(C.communities, own ? { _id: own } : {}),
  ])
  const handedIn = await findAll<AssessmentDoc>(C.assessments, {
    schemeId: _.in(schemes.map((s) => s._id)),
    ...(own ? { communityId: own } : {}),
  })
  const named = new Set<string>()
  const sheets: LedgerSheet[] = schemes.map((s) => {
    const rows = communities.map((c) => {
      const a = handedIn.find((x) => x.schemeId === s._id && x.communityId === c._id)
      const itemScore = (id: string) =>
        a?.auto?.[id]?.score ?? a?.review?.[id]?.score ?? a?.evidence.find((e) => e.itemId === id)?.selfScore ?? ''
      return { c, a, cells: s.items.map((i) => itemScore(i.id)) }
    })
    rows.sort((x, y) => (y.a?.total ?? -1) - (x.a?.total ?? -1) || x.c.name.localeCompare(y.c.name, 'zh-CN'))
    return {
      name: uniqueSheetName(s.name, named),
      columns: [
        { header: '名次', width: 8 },
        { header: '社区', width: 16 },
        { header: '状态', width: 10 },
        { header: `总分（${passLine(s)} 分达标）`, width: 16 },
        { header: '达标', width: 8 },
        ...s.items.map((i) => ({ header: `${i.group}：${i.text}（${i.points} 分）`, width: 22 })),
      ],
      rows: rows.map((r, n) => [
        r.a?.total !== undefined ? n + 1 : '',
        r.c.name,
        r.a ? STATUS[r.a.status] : '还没有自评',
        r.a?.total ?? '',
        r.a?.passed === undefined ? '' : r.a.passed ? '达标' : '没有达标',
        ...r.cells,
      ]),
    }
  })
  const { ledgerWorkbook } = await import('../../sheets')
  const name = `考核评分表-${year}.xlsx`
  return { ...(await handOver(ctx, name, await ledgerWorkbook(name, sheets))), schemes: sheets.length }
}
