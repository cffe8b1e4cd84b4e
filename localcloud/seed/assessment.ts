// This year's 四就近 acceptance scheme (the default 100 points), which 杏花 has already handed in for review; 桃园
// has not begun its self-assessment.
import type { Doc } from '../emulator/ejson'
import { DEFAULT_SCHEME, autoScore } from '../../cloudfunctions/lib/features/assessment/rules'
import { figuresOf, NO_SOURCES } from '../../cloudfunctions/lib/features/stats/figures.rules'
import { shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { STAFF } from './people'

export const DEMO_SCHEME = 'scheme-demo'

export function demoAssessment(now: Date): { c: string; d: Doc }[] {
  const year = Number(shanghaiDay(now).slice(0, 4))
  // 杏花's year as it handed in: two activities a month and twelve 送学上门; nothing else to measure yet.
  const xinghuaYear = figuresOf(`${year}-01`, NO_SOURCES, now)
  xinghuaYear.activities.held = 24
  xinghuaYear.study.deliveredHome = 12
  const auto = Object.fromEntries(DEFAULT_SCHEME.items.filter((i) => i.auto).map((i) => [i.id, autoScore(i, xinghuaYear, 12)]))
  const linli = STAFF.find((s) => s.community === 'c-xinghua')!
  return [
    { c: 'schemes', d: { _id: DEMO_SCHEME, ...DEFAULT_SCHEME, year, byName: '市委老干部局', createdAt: now, updatedAt: now } },
    {
      c: 'assessments',
      d: {
        _id: `${DEMO_SCHEME}:c-xinghua`,
        schemeId: DEMO_SCHEME,
        communityId: 'c-xinghua',
        year,
        status: 'submitted',
        evidence: [
          { itemId: 'i1', selfScore: 9, note: '每月第一个周五集中学习，台帐齐全', photos: [] },
          { itemId: 'i9', selfScore: 8, note: '老同志参加社区调解 12 次', photos: [] },
          { itemId: 'i10', selfScore: 5, note: '专干林丽负责，活动中心每天开放', photos: [] },
        ],
        auto,
        submittedAt: now,
        submittedByName: linli.name,
        updatedAt: now,
      },
    },
  ]
}
