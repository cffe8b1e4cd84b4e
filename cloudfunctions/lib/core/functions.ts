// Which cloud function serves an action. The bureau's and the office's work (figures, 台帐, assessment, surveys)
// runs in its own function, so the bundle behind every cadre's tap stays small (ARCHITECTURE budget) and the
// office's heavier reports never share an instance with 一键通. Pure: the mini-program imports it to call the
// right function.
export type FunctionName = 'api' | 'office'

/** The areas (the part of an action's name before the dot) the office function serves. */
export const OFFICE_AREAS: readonly string[] = ['stats', 'ledger', 'survey', 'assessment']

export const functionOf = (action: string): FunctionName => (OFFICE_AREAS.includes(action.split('.')[0]) ? 'office' : 'api')
