// The roster from and to Excel. An import is checked first (every row: new, update, unchanged or error, with the
// cell and the reason) and then committed; a row is matched to a cadre by 身份证号, so importing the same file
// twice changes nothing. Writes go out in parallel batches, so 500 rows fit one call's time.
import { historyEntry } from './history'
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { findAll, findById, findIn, isDuplicateKey, newId } from '../../db/access'
import { runTransaction } from '../../db/transaction'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import { shanghaiDay } from '../../core/time.rules'
import { chunks } from '../../core/chunks'
import { audit } from '../../core/audit'
import { birthdayKey } from '../reminders/occasions.rules'
import type { CadreDoc, CommunityDoc } from '../people/docs'
import { bytesOf, handOver } from '../files/files'
import { takePhotos } from '../files/tickets'
import { sniff } from '../files/rules'
import { changesBetween, HISTORY_KEPT, type FieldChange } from './rules'
import { isSample, MAX_ROWS, readRow, type RowFields } from './sheet.rules'
import type { readSheet } from './sheet'
import { filterWords, matchesFilters } from './filters.rules'
import type { ImportReport, ImportRow } from './views'

/** Writes sent at once while committing. */
const WRITES_AT_ONCE = 25

export async function rosterTemplate(ctx: ActionContext) {
  const { templateWorkbook } = await import('../../sheets')
  return handOver(ctx, '老干部名册-导入模板.xlsx', await templateWorkbook())
}

type Planned = ImportRow & { fields?: RowFields; cadre?: CadreDoc; changes?: FieldChange[] }

export async function importRoster(ctx: ActionContext, input: ParsedInput<'roster.import'>): Promise<ImportReport> {
  const communityId = staffCommunity(ctx)
  const {
    photos: [file],
  } = await takePhotos(ctx.openid, 'rosterSheet', [input.ticket])
  const bytes = await bytesOf(file)
  const type = sniff(bytes)
  if (type !== 'xlsx' && type !== 'csv') throw new AppError('FILE_WRONG_TYPE')
  let sheet: Awaited<ReturnType<typeof readSheet>>
  try {
    sheet = await (await import('../../sheets')).readSheet(bytes, type)
  } catch {
    throw new AppError('BAD_INPUT', '这个文件打不开：请用“下载模板”得到的表格填写，存成 xlsx')
  }
  if (sheet.missing.length) throw new AppError('BAD_INPUT', `表格第一行缺少这几列：${sheet.missing.join('、')}。请用模板填写`)
  if (sheet.rows.length > MAX_ROWS) throw new AppError('BAD_INPUT', `一次最多导入 ${MAX_ROWS} 行，请分成几个文件`)

  const rows = await plan(sheet.rows, communityId, shanghaiDay(ctx.now))
  if (input.commit) await commit(ctx, communityId, rows)
  const count = (o: ImportRow['outcome']) => rows.filter((r) => r.outcome === o).length
  return {
    committed: input.commit,
    counts: { new: count('new'), update: count('update'), unchanged: count('unchanged'), error: count('error'), sample: count('sample') },
    // Unchanged rows are only counted: a 500-row roster imported again lists nothing.
    rows: rows
      .filter((r) => r.outcome !== 'unchanged')
      .map(({ row, name, outcome, problems, changeWords }) => ({
        row,
        name,
        outcome,
        ...(problems ? { problems } : {}),
        ...(changeWords ? { changeWords } : {}),
      })),
  }
}

/** Every row's outcome: read, checked against the other rows and against the cadres already on a roster. */
async function plan(sheetRows: Awaited<ReturnType<typeof readSheet>>['rows'], communityId: string, today: string): Promise<Planned[]> {
  const read = sheetRows.map((r) => ({ row: r.row, name: String(r.cells.name ?? '').trim(), ...readRow(r.cells, r.row, today) }))
  const firstRowOf = new Map<string, number>()
  const existing = new Map(
    (
      await findIn<CadreDoc>(
        C.cadres,
        'idNumber',
        read.flatMap((r) => ('fields' in r ? [r.fields.idNumber] : [])),
      )
    ).map((c) => [c.idNumber!, c]),
  )
  return read.map((r): Planned => {
    if (isSample(r.name)) return { row: r.row, name: r.name, outcome: 'sample' }
    if (!('fields' in r)) return { row: r.row, name: r.name, outcome: 'error', problems: r.problems }
    const id = r.fields.idNumber
    const cell = `B${r.row}`
    const error = (reason: string): Planned => ({ row: r.row, name: r.name, outcome: 'error', problems: [{ cell, reason }] })
    const earlier = firstRowOf.get(id)
    if (earlier !== undefined) return error(`身份证号和第 ${earlier} 行重复`)
    firstRowOf.set(id, r.row)
    const cadre = existing.get(id)
    if (!cadre) return { row: r.row, name: r.name, outcome: 'new', fields: r.fields }
    if (cadre.communityId !== communityId) return error('这位老人在别的社区的名册上（搬来的请那边办迁出）')
    const { idNumber: _id, ...fields } = r.fields
    const changes = changesBetween(cadre, fields)
    return changes.length
      ? {
          row: r.row,
          name: r.name,
          outcome: 'update',
          fields: r.fields,
          cadre,
          changes,
          changeWords: changes.map((c) => `${c.label}：${c.from || '（空）'} → ${c.to || '（空）'}`).join('；'),
        }
      : { row: r.row, name: r.name, outcome: 'unchanged' }
  })
}

/** A solar birthday is keyed now; a lunar one by the daily job, which carries the lunar calendar. */
const keyed = (f: RowFields) => (f.celebrates === 'solar' ? { birthdayKey: birthdayKey({ solar: f.birthDate }, 'solar') } : {})
const rekeyed = (f: RowFields) => ({ birthdayKey: f.celebrates === 'solar' ? keyed(f).birthdayKey : _.remove(), lunarBirth: _.remove() })

async function commit(ctx: ActionContext, communityId: string, rows: Planned[]) {
  const writes = rows.flatMap((r): (() => Promise<unknown>)[] => {
    if (r.outcome === 'new')
      return [
        () =>
          db
            .collection(C.cadres)
            .add({
              data: {
                _id: newId(),
                ...r.fields!,
                ...keyed(r.fields!),
                communityId,
                registeredBy: ctx.openid,
                createdAt: ctx.now,
                rev: 0,
                history: [historyEntry(ctx, '表格导入：登记')],
              },
            })
            // The same number added meanwhile (the file imported twice at once): it is on the roster, as wanted.
            .catch((e: unknown) => {
              if (!isDuplicateKey(e)) throw e
            }),
      ]
    if (r.outcome === 'update') {
      const c = r.cadre!
      const birthdayChanged = r.changes!.some((x) => x.field === 'birthDate' || x.field === 'celebrates')
      const data: Record<string, unknown> = Object.fromEntries(
        r.changes!.map((x) => [x.field, r.fields![x.field as keyof RowFields] ?? _.remove()]),
      )
      return [
        () =>
          db
            .collection(C.cadres)
            .where({ _id: c._id, rev: c.rev === undefined ? _.exists(false) : c.rev })
            .update({
              data: {
                ...data,
                ...(birthdayChanged ? rekeyed(r.fields!) : {}),
                ...(r.changes!.some((x) => ['name', 'address', 'phone'].includes(x.field)) ? { copiesStale: true } : {}),
                rev: (c.rev ?? 0) + 1,
                updatedAt: ctx.now,
                history: _.push({ each: [historyEntry(ctx, '表格导入', r.changes!)], slice: -HISTORY_KEPT }),
              },
            }),
      ]
    }
    return []
  })
  for (const batch of chunks(writes, WRITES_AT_ONCE)) await Promise.all(batch.map((w) => w()))
  await runTransaction((tx) =>
    audit(tx, ctx, 'roster.import', communityId, {
      new: rows.filter((r) => r.outcome === 'new').length,
      update: rows.filter((r) => r.outcome === 'update').length,
    }),
  )
}

export async function exportRoster(ctx: ActionContext, input: ParsedInput<'roster.export'>) {
  const bureau = ctx.caller.roles.includes('admin')
  const communityId = bureau ? input.communityId : staffCommunity(ctx)
  const [cadres, community] = await Promise.all([
    findAll<CadreDoc>(C.cadres, { ...(communityId ? { communityId } : {}), erasedAt: _.exists(false) }),
    communityId ? findById<CommunityDoc>(C.communities, communityId) : null,
  ])
  const { communityId: _c, ...filters } = input
  const shown = cadres.filter((c) => matchesFilters(c, filters, ctx.now)).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
  const words = filterWords(filters)
  const name = `老干部名册-${community?.name ?? '全市'}${words ? `-${words}` : ''}-${shanghaiDay(ctx.now)}.xlsx`
  const { rosterWorkbook } = await import('../../sheets')
  return { ...(await handOver(ctx, name, await rosterWorkbook(shown))), count: shown.length }
}
