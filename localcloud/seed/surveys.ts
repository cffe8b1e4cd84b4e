// The bureau's yearly satisfaction survey, open this month to every community: three questions answered by taps
// (a face, one choice, several choices); 李秀英 has already answered it.
import type { Doc } from '../emulator/ejson'
import { shanghaiDay, dayAfter } from '../../cloudfunctions/lib/core/time.rules'

export const DEMO_SURVEY = 'survey-demo-satisfaction'

export function demoSurveys(now: Date): { c: string; d: Doc }[] {
  const today = shanghaiDay(now)
  return [
    {
      c: 'surveys',
      d: {
        _id: DEMO_SURVEY,
        communityId: 'city',
        title: '老干部服务满意度调查',
        intro: '三道题，点一下就能答。您的意见我们会认真听。',
        questions: [
          { id: 'q1', kind: 'rating', text: '您对社区上门服务满意吗？', required: true },
          { id: 'q2', kind: 'single', text: '社区的活动多不多？', options: ['太少了', '刚刚好', '太多了'], required: true },
          {
            id: 'q3',
            kind: 'multiple',
            text: '您还想要哪些服务？（可以选几个）',
            options: ['理发', '读报', '陪同看病', '修家电'],
            required: false,
          },
        ],
        audience: '全体老干部',
        opensOn: dayAfter(today, -3),
        closesOn: dayAfter(today, 27),
        anonymous: false,
        fromWords: '老干部局（全市）',
        byName: '市委老干部局',
        createdAt: now,
        updatedAt: now,
      },
    },
    {
      c: 'surveyAnswers',
      d: {
        _id: `${DEMO_SURVEY}:cadre-02`,
        surveyId: DEMO_SURVEY,
        cadreId: 'cadre-02',
        communityId: 'c-taoyuan',
        answers: { q1: 5, q2: 1, q3: [0, 2] },
        by: 'cadre',
        byName: '李秀英',
        cadreName: '李秀英',
        at: now,
      },
    },
  ]
}
