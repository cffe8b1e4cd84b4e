// Every page by a name, with the parameters it takes; a test checks these paths against app.config.ts.
// Pages open each other through ./routes (go, usePageParams); this file has no imports so node tests can read it.

type None = Record<never, string>

export interface RouteParams {
  home: None
  services: None
  activities: None
  me: None
  bind: None
  cadre: { id: string }
  cadreEdit: { id: string }
  report: { cadreId: string }
  /** `as: 'staff'`: staff or the bureau open their role with the invite code from the deploy's bootstrap step. */
  claim: { as?: 'staff' }
  messages: None
  /** `staff: '1'` shows the staff's forms (top-up, refund, adjustment) under the card. */
  card: { cadreId: string; staff?: '1' }
  roster: None
  register: None
  rosterImport: None
  /** `scope: 'city'` for the bureau's whole city; otherwise one community (the staff's own, or `communityId` for the bureau). */
  stats: { scope?: 'city'; communityId?: string }
  grids: None
  dispatch: None
  desk: None
  cards: None
  adjustments: None
  statement: None
  cardPolicy: None
  reminderPolicy: None
  sosConsole: None
  tasks: None
  visit: { cadreId: string; taskId?: string; title?: string }
  pairing: { cadreId?: string }
  catalog: { cadreId: string }
  /** `date` and `time`: a time already chosen (再约一次 on the home page): the page opens at the check. */
  book: { cadreId: string; key: string; bookingId?: string; note?: string; date?: string; time?: string }
  bookings: { cadreId: string }
  booking: { id: string }
  providerTasks: None
  activity: { id: string; cadreId: string }
  activityEdit: { id?: string }
  activityManage: None
  activityRoster: { id: string }
  study: { cadreId: string }
  material: { id: string; cadreId: string }
  studyManage: None
  studyEdit: { id?: string }
  shareBoard: { cadreId: string }
  shareReview: None
  /** 意见建议 of one cadre: what was sent, every reply, and the form to send one (`bookingId`: a complaint about that visit). */
  voices: { cadreId: string; bookingId?: string }
  /** 意见建议 to handle: the community's (staff) or those past their day (the bureau). */
  voiceDesk: None
  /** 六室一站: the rooms, a week of one room, reserving (staff) or asking for (`cadreId`: for that cadre) a time. */
  rooms: { cadreId?: string; roomId?: string }
  /** Staff add (no id) or change a room. */
  roomEdit: { id?: string }
  /** 局里的通知: staff read those for their community; the bureau publishes and sees who has read. */
  notices: None
  /** 联系卡 of one cadre: every number as a call button, and as a picture. */
  contactCard: { cadreId: string }
  /** 离退休党支部 of the community (staff) or the city (the bureau). */
  branches: None
  /** One branch: its meetings and each member's attendance. */
  branch: { id: string }
  /** 银发人才库 (staff): find, invite, record hours. */
  talent: None
  /** The community's invitations to one cadre, answered by the cadre or family. */
  invitations: { cadreId: string }
  /** 问卷: a cadre's to answer (with cadreId), or staff's and the bureau's to publish and read. */
  surveys: { cadreId?: string }
  surveyAnswer: { id: string; cadreId: string }
  surveyEdit: { id?: string }
  surveyResults: { id: string }
  /** 考核: the year's schemes with each community's standing (the bureau ranks; staff see their own) and history. */
  assessments: None
  /** One community's assessment against one scheme: self-assessment (staff), review (the bureau), 整改. */
  assessment: { schemeId: string; communityId?: string }
  /** The bureau's scheme editor, from the default scheme when new. */
  schemeEdit: { id?: string }
  careProfile: { cadreId: string }
  careEdit: { cadreId: string }
  careHealth: { cadreId: string }
  accessLog: { cadreId?: string }
  picker: None
}

export type Route = keyof RouteParams

export const PATHS: { [R in Route]: string } = {
  home: 'pages/home/index',
  services: 'pages/services/index',
  activities: 'pages/activities/index',
  me: 'pages/me/index',
  bind: 'packages/family/bind/index',
  cadre: 'packages/family/cadre/index',
  cadreEdit: 'packages/family/cadreEdit/index',
  report: 'packages/family/report/index',
  claim: 'packages/account/claim/index',
  messages: 'packages/account/messages/index',
  card: 'packages/account/card/index',
  roster: 'packages/staff/roster/index',
  register: 'packages/staff/register/index',
  rosterImport: 'packages/staff/rosterImport/index',
  stats: 'packages/stats/dashboard/index',
  grids: 'packages/staff/grids/index',
  dispatch: 'packages/staff/dispatch/index',
  desk: 'packages/staff/desk/index',
  cards: 'packages/staff/cards/index',
  adjustments: 'packages/staff/adjustments/index',
  statement: 'packages/staff/statement/index',
  cardPolicy: 'packages/staff/cardPolicy/index',
  reminderPolicy: 'packages/staff/reminderPolicy/index',
  sosConsole: 'packages/staff/sos/index',
  tasks: 'packages/staff/tasks/index',
  visit: 'packages/staff/visit/index',
  pairing: 'packages/staff/pairing/index',
  catalog: 'packages/services/catalog/index',
  book: 'packages/services/book/index',
  bookings: 'packages/services/bookings/index',
  booking: 'packages/services/booking/index',
  providerTasks: 'packages/provider/tasks/index',
  activity: 'packages/activity/detail/index',
  activityEdit: 'packages/activity/edit/index',
  activityManage: 'packages/activity/manage/index',
  activityRoster: 'packages/activity/roster/index',
  study: 'packages/study/list/index',
  material: 'packages/study/material/index',
  studyManage: 'packages/study/manage/index',
  studyEdit: 'packages/study/edit/index',
  shareBoard: 'packages/share/board/index',
  shareReview: 'packages/share/review/index',
  voices: 'packages/voice/list/index',
  voiceDesk: 'packages/voice/desk/index',
  rooms: 'packages/rooms/week/index',
  roomEdit: 'packages/rooms/edit/index',
  notices: 'packages/notices/list/index',
  contactCard: 'packages/care/contactCard/index',
  branches: 'packages/branch/list/index',
  branch: 'packages/branch/detail/index',
  talent: 'packages/talent/search/index',
  invitations: 'packages/talent/invitations/index',
  surveys: 'packages/survey/list/index',
  surveyAnswer: 'packages/survey/answer/index',
  surveyEdit: 'packages/survey/edit/index',
  surveyResults: 'packages/survey/results/index',
  assessments: 'packages/assessment/list/index',
  assessment: 'packages/assessment/detail/index',
  schemeEdit: 'packages/assessment/scheme/index',
  careProfile: 'packages/care/profile/index',
  careEdit: 'packages/care/edit/index',
  careHealth: 'packages/care/health/index',
  accessLog: 'packages/care/accessLog/index',
  picker: 'packages/dev/picker/index',
}

/** The tab pages: reached with switchTab, and they take no parameters. */
export const TABS: readonly Route[] = ['home', 'services', 'activities', 'me']

export type Args<R extends Route> = keyof RouteParams[R] extends never
  ? []
  : Record<never, string> extends RouteParams[R]
    ? [params?: RouteParams[R]]
    : [params: RouteParams[R]]

export function urlOf<R extends Route>(route: R, ...[params]: Args<R>): string {
  const query = Object.entries((params ?? {}) as Record<string, string | undefined>)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
    .join('&')
  return `/${PATHS[route]}${query ? `?${query}` : ''}`
}
