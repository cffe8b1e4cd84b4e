// The monthly statement (服务卡月度台帐) staff hand to the bureau: for every cadre, the balance at the start of
// the month, what came in and went out by kind, and the balance and holds at its end.
import { effectOf, sumEntries, yuan, type EntryKind } from './rules'

export interface StatementRow {
  cadreId: string
  name: string
  openingFen: number
  issuedFen: number
  toppedUpFen: number
  spentFen: number
  refundedFen: number
  adjustedFen: number
  expiredFen: number
  closingFen: number
  heldFen: number
}

type Entry = { cadreId: string; kind: EntryKind; amountFen: number; at: Date }

/** One row per cadre from their entries up to the month's end; `monthOf` gives an entry's Shanghai month. */
export function monthlyStatement(
  cadres: readonly { id: string; name: string }[],
  entries: readonly Entry[],
  month: string,
  monthOf: (at: Date) => string,
): StatementRow[] {
  return cadres.map(({ id, name }) => {
    const mine = entries.filter((e) => e.cadreId === id && monthOf(e.at) <= month)
    const before = mine.filter((e) => monthOf(e.at) < month)
    const during = mine.filter((e) => monthOf(e.at) === month)
    const moved = (kind: EntryKind) => during.filter((e) => e.kind === kind).reduce((s, e) => s + effectOf(kind, e.amountFen).balance, 0)
    const end = sumEntries(mine)
    return {
      cadreId: id,
      name,
      openingFen: sumEntries(before).balanceFen,
      issuedFen: moved('issue'),
      toppedUpFen: moved('topup'),
      spentFen: -moved('capture'),
      refundedFen: moved('refund'),
      adjustedFen: moved('adjust'),
      expiredFen: -moved('expire'),
      closingFen: end.balanceFen,
      heldFen: end.heldFen,
    }
  })
}

const COLUMNS: [string, keyof StatementRow][] = [
  ['月初余额', 'openingFen'],
  ['发放', 'issuedFen'],
  ['充值', 'toppedUpFen'],
  ['消费', 'spentFen'],
  ['退款', 'refundedFen'],
  ['调整', 'adjustedFen'],
  ['作废', 'expiredFen'],
  ['月末余额', 'closingFen'],
  ['月末冻结', 'heldFen'],
]

/** The statement as CSV in yuan, with a BOM so Excel and WPS open the Chinese correctly. */
export function statementCsv(title: string, rows: readonly StatementRow[]): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const total = (k: keyof StatementRow) => rows.reduce((s, r) => s + (r[k] as number), 0)
  const lines = [
    [title],
    ['姓名', ...COLUMNS.map(([label]) => `${label}（元）`)],
    ...rows.map((r) => [r.name, ...COLUMNS.map(([, k]) => yuan(r[k] as number))]),
    ['合计', ...COLUMNS.map(([, k]) => yuan(total(k)))],
  ]
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n'
}
