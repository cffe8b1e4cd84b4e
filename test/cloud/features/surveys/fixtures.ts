// A valid input for each survey action, made fresh for each call (the gates call every action as every caller).
import type { surveysContracts } from '../../../../cloudfunctions/lib/features/surveys/contract'
import type { ActionInput } from '../../../../cloudfunctions/lib/contracts'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { TARGET_CADRE } from '../../../support/callers'
import { Fixture } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'

export const DEMO_SURVEY = 'survey-demo-satisfaction'

/** A three-question survey open from today for a week: a rating, a single choice, a few words. */
export const newSurvey = (extra: Partial<ActionInput<'survey.save'>> = {}): ActionInput<'survey.save'> => ({
  title: '社区送餐满意度',
  questions: [
    { kind: 'rating', text: '您对送餐满意吗？', required: true },
    { kind: 'single', text: '饭菜合不合口味？', options: ['满意', '一般', '不满意'], required: true },
    { kind: 'text', text: '还有什么想说的？', required: false },
  ],
  audience: '全体老干部',
  opensOn: shanghaiDay(hostNow()),
  closesOn: dayAfter(shanghaiDay(hostNow()), 7),
  anonymous: false,
  ...extra,
})

export const surveysFixtures: { [A in keyof typeof surveysContracts]: Fixture<A> } = {
  'survey.save': async () => ({ input: newSurvey() }),
  'survey.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'survey.get': async () => ({ input: { surveyId: DEMO_SURVEY, cadreId: TARGET_CADRE } }),
  'survey.answer': async () => ({ input: { surveyId: DEMO_SURVEY, cadreId: TARGET_CADRE, answers: { q1: 4, q2: 1 } } }),
  'survey.results': async () => ({ input: { surveyId: DEMO_SURVEY } }),
  'survey.export': async () => ({ input: { surveyId: DEMO_SURVEY } }),
}
