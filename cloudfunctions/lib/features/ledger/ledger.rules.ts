// The 台帐 workbook communities are inspected on: which months a period covers, and each sheet's columns. The rows
// are filled by ./ledger.ts; ./workbook.ts writes them with exceljs.

export type Period = 'month' | 'quarter' | 'year'

/** The months a period covers: the month itself, its quarter, or its year. */
export function periodMonths(period: Period, month: string): { first: string; last: string; words: string } {
  const [y, m] = month.split('-').map(Number)
  const pad = (n: number) => `${y}-${String(n).padStart(2, '0')}`
  if (period === 'month') return { first: month, last: month, words: `${y}年${m}月` }
  if (period === 'year') return { first: pad(1), last: pad(12), words: `${y}年` }
  const q = Math.ceil(m / 3)
  return { first: pad(q * 3 - 2), last: pad(q * 3), words: `${y}年第${q}季度` }
}

/** "2026年3月8日": how a date is written in a ledger. */
export const ledgerDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export interface LedgerColumn {
  header: string
  width: number
}

/** A cell: text, a number, or a link (a photo). */
export type LedgerCell = string | number | { text: string; hyperlink: string }

export interface LedgerSheet {
  name: string
  columns: LedgerColumn[]
  rows: LedgerCell[][]
}

const col = (header: string, width = 14): LedgerColumn => ({ header, width })

/** The sheets, in the order inspectors read them, with their columns. */
export const SHEETS = {
  roster: {
    name: '老干部名册',
    columns: [
      col('社区'),
      col('姓名', 10),
      col('性别', 6),
      col('出生日期', 16),
      col('年龄', 6),
      col('类别', 8),
      col('职级', 12),
      col('党员', 6),
      col('独居', 6),
      col('电话', 14),
      col('住址', 30),
      col('网格'),
      col('状态', 10),
    ],
  },
  visits: {
    name: '走访慰问台帐',
    columns: [
      col('日期', 16),
      col('社区'),
      col('老人', 10),
      col('走访人', 16),
      col('慰问品', 16),
      col('情况', 36),
      col('照片（链接 2 小时内有效）', 24),
    ],
  },
  reports: {
    name: '五必访台帐',
    columns: [
      col('报告日期', 16),
      col('社区'),
      col('老人', 10),
      col('类别', 8),
      col('情况', 36),
      col('报告人', 12),
      col('应上门日期', 16),
      col('完成情况', 16),
    ],
  },
  activities: {
    name: '活动台帐',
    columns: [
      col('日期', 16),
      col('社区'),
      col('活动', 24),
      col('类别', 12),
      col('地点', 16),
      col('名额', 6),
      col('报名', 6),
      col('到场', 6),
      col('到场率', 8),
    ],
  },
  study: {
    name: '学习台帐',
    columns: [col('发布日期', 16), col('社区'), col('资料', 30), col('类别', 10), col('本期阅读人次', 14)],
  },
  services: {
    name: '上门服务台帐',
    columns: [
      col('预约日期', 16),
      col('社区'),
      col('老人', 10),
      col('服务', 10),
      col('上门时间', 20),
      col('服务人员', 10),
      col('状态', 10),
      col('金额（元）', 10),
      col('评价', 16),
    ],
  },
  card: {
    name: '服务卡台帐',
    columns: [col('日期', 16), col('社区'), col('老人', 10), col('类别', 8), col('金额（元）', 12), col('说明', 24), col('经办人', 10)],
  },
  sos: {
    name: '一键通台帐',
    columns: [col('时间', 18), col('社区'), col('老人', 10), col('谁按的', 10), col('响应人', 10), col('响应用时', 10), col('结果', 30)],
  },
  pairing: {
    name: '结对帮扶台帐',
    columns: [col('日期', 16), col('社区'), col('老人', 10), col('志愿者', 10), col('方式', 8), col('内容', 36)],
  },
} satisfies Record<string, Omit<LedgerSheet, 'rows'>>

export type SheetKey = keyof typeof SHEETS

/**
 * A sheet's name from a wanted one: Excel takes at most 31 characters, none of : \ / ? * [ ], and no two alike in a
 * workbook (two schemes of a year may share a name). `taken` gathers the names given so far.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 27)
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}（${n}）`
  taken.add(name)
  return name
}
