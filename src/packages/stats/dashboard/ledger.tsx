// 导出台帐: the workbook inspectors ask for — this month, its quarter or its year — for the community shown, or the
// whole city on the bureau's city page. Downloaded on H5; on the phone sent into a WeChat chat.
import { useState } from 'react'
import { call } from '../../../api'
import { Section } from '../../../components/screen'
import { Choice } from '../../../components/controls'
import { ExportButton } from '../../../components/export-button'

const PERIODS = { 这个月: 'month', 这个季度: 'quarter', 这一年: 'year' } as const
type PeriodWord = keyof typeof PERIODS

export function LedgerExport({ month, communityId, whole }: { month: string; communityId?: string; whole: string }) {
  const [period, setPeriod] = useState<PeriodWord>('这个月')
  return (
    <Section title={`导出${whole}台帐`}>
      <Choice label='导出哪段时间' options={Object.keys(PERIODS) as PeriodWord[]} value={period} onChange={setPeriod} />
      <ExportButton
        label='导出台帐（Excel）'
        hint='名册、走访、五必访、活动、学习、服务、服务卡、一键通、结对'
        make={() => call('ledger.export', { period: PERIODS[period], month, ...(communityId ? { communityId } : {}) })}
        said={(file) => `已导出“${file.fileName}”：${file.sheets.map((s) => `${s.name} ${s.rows} 行`).join('，')}`}
      />
    </Section>
  )
}
