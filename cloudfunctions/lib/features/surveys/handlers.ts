// The survey actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { surveysContracts } from './contract'
import { answerSurvey, getSurvey, listSurveys, saveSurvey, surveyResults } from './surveys'
import { exportSurvey } from './export'

export const surveysHandlers: Handlers<keyof typeof surveysContracts> = {
  'survey.save': saveSurvey,
  'survey.list': listSurveys,
  'survey.get': getSurvey,
  'survey.answer': answerSurvey,
  'survey.results': surveyResults,
  'survey.export': exportSurvey,
}
