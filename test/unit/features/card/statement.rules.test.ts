import { monthlyStatement, statementCsv } from '../../../../cloudfunctions/lib/features/card/statement.rules'

const monthOf = (at: Date) => at.toISOString().slice(0, 7)
const on = (day: string) => new Date(`${day}T04:00:00Z`)
const entries = [
  { cadreId: 'a', kind: 'issue' as const, amountFen: 30000, at: on('2026-01-01') },
  { cadreId: 'a', kind: 'hold' as const, amountFen: 1500, at: on('2026-10-30') },
  { cadreId: 'a', kind: 'capture' as const, amountFen: 1500, at: on('2026-11-02') },
  { cadreId: 'a', kind: 'topup' as const, amountFen: 10000, at: on('2026-11-05') },
  { cadreId: 'a', kind: 'adjust' as const, amountFen: -300, at: on('2026-11-06') },
  { cadreId: 'a', kind: 'hold' as const, amountFen: 1200, at: on('2026-11-20') },
  { cadreId: 'a', kind: 'topup' as const, amountFen: 99900, at: on('2026-12-01') },
]

it('balances every row: opening plus what came in less what went out is the closing balance, later months left out', () => {
  const [row] = monthlyStatement([{ id: 'a', name: '王建国' }], entries, '2026-11', monthOf)
  expect(row).toMatchObject({
    openingFen: 30000,
    toppedUpFen: 10000,
    spentFen: 1500,
    adjustedFen: -300,
    closingFen: 38200,
    heldFen: 1200,
  })
})

it('writes CSV in yuan with a BOM, a header, one line per cadre and the totals', () => {
  const rows = monthlyStatement(
    [
      { id: 'a', name: '王建国' },
      { id: 'b', name: '李秀英, 老' },
    ],
    entries,
    '2026-11',
    monthOf,
  )
  const lines = statementCsv('桃园社区 服务卡月度台帐 2026 年 11 月', rows).split('\r\n')
  expect(lines[0]).toBe('\uFEFF桃园社区 服务卡月度台帐 2026 年 11 月')
  expect(lines[1]).toBe(
    '姓名,月初余额（元）,发放（元）,充值（元）,消费（元）,退款（元）,调整（元）,作废（元）,月末余额（元）,月末冻结（元）',
  )
  expect(lines[2]).toBe('王建国,300.00,0.00,100.00,15.00,0.00,-3.00,0.00,382.00,12.00')
  expect(lines[3]).toBe('"李秀英, 老",0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00')
  expect(lines[4]).toBe('合计,300.00,0.00,100.00,15.00,0.00,-3.00,0.00,382.00,12.00')
})
