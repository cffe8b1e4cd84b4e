import { presenceAt } from '../../../../cloudfunctions/lib/features/branches/rules'

const meeting = new Date('2026-12-10T09:30:00+08:00')
const after = new Date('2026-12-20T09:00:00+08:00')

it('counts a member who came, one who had the material home within two weeks, and one who missed it', () => {
  expect(presenceAt(meeting, true, [], after)).toBe('到会')
  expect(presenceAt(meeting, false, ['2026-12-10'], after)).toBe('送学上门')
  expect(presenceAt(meeting, false, ['2026-12-24'], after)).toBe('送学上门')
  expect(presenceAt(meeting, false, ['2026-12-25'], after)).toBe('缺席')
  // Study taken home before the meeting was for something else.
  expect(presenceAt(meeting, false, ['2026-12-09'], after)).toBe('缺席')
})

it('does not count a meeting still to come', () => {
  expect(presenceAt(meeting, false, [], new Date('2026-12-10T09:00:00+08:00'))).toBe('还没开')
})
