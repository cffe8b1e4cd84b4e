// Sheet names Excel accepts: short enough, without the characters it refuses, never twice in one workbook.
import { uniqueSheetName } from '../../../../cloudfunctions/lib/features/ledger/ledger.rules'

it('gives every sheet a name Excel accepts and no two sheets the same one', () => {
  const taken = new Set<string>()
  expect(uniqueSheetName('四就近服务社区验收标准', taken)).toBe('四就近服务社区验收标准')
  expect(uniqueSheetName('四就近服务社区验收标准', taken)).toBe('四就近服务社区验收标准（2）')
  expect(uniqueSheetName('四就近服务社区验收标准', taken)).toBe('四就近服务社区验收标准（3）')
  expect(uniqueSheetName('2026/2027 考核：[试行]', taken)).toBe('2026 2027 考核： 试行 ')
  expect(uniqueSheetName('很'.repeat(40), taken).length).toBeLessThanOrEqual(31)
})
