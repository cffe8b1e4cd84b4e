// The assessment actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { assessmentContracts } from './contract'
import {
  assessmentResults,
  getAssessment,
  listSchemes,
  markFixDone,
  reviewAssessment,
  saveScheme,
  saveSelfAssessment,
  submitAssessment,
} from './assessments'
import { exportAssessment } from './export'

export const assessmentHandlers: Handlers<keyof typeof assessmentContracts> = {
  'assessment.schemes': listSchemes,
  'assessment.saveScheme': saveScheme,
  'assessment.get': getAssessment,
  'assessment.self': saveSelfAssessment,
  'assessment.submit': submitAssessment,
  'assessment.review': reviewAssessment,
  'assessment.fix': markFixDone,
  'assessment.results': assessmentResults,
  'assessment.export': exportAssessment,
}
