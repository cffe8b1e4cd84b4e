// One handler per action name; the router checks the contract before any of these runs.
import type { ActionName, ActionOutput, ParsedInput } from './contracts'
import type { ActionContext } from './core/context'
import { claimCadre, getHome, getMe, updateMe } from './features/people/me'
import { decideBinding, endBinding, requestBinding, setLinkPermissions } from './features/people/binding'
import { getCadre, issueBindingCode, listCadres, registerCadre } from './features/people/cadre'
import { getCatalog, listSlots } from './features/services/catalog'
import {
  assignBooking,
  cancelBooking,
  checkIn,
  checkOut,
  createBooking,
  getBooking,
  listBookings,
  markNoShow,
  rateBooking,
  rejectBooking,
  rescheduleBooking,
} from './features/services/booking'
import { getDispatchBoard, getProviderTasks, listMessages } from './features/services/dispatch'
import { getServiceDesk, saveProvider, updateServiceType } from './features/services/serviceDesk'
import { getCard, listCardEntries, listCommunityCards, recordCardMoney } from './features/card/card'
import { adjustCard, decideAdjustment, listAdjustments } from './features/card/adjust'
import { cardStatement } from './features/card/statement'
import { getCardPolicy, saveCardPolicy } from './features/card/policy'
import { getActivity, listActivities, signUp, withdraw } from './features/activities/signup'
import { activityRoster, cancelActivity, manageActivities, markAttendance, saveActivity } from './features/activities/desk'
import { contributionBoard, decideContribution, reviewContributions, submitContribution } from './features/share/contributions'
import { acknowledgeSos, closeSos, standDownSos, noteSos, raiseSos, sosConsole, sosStatus } from './features/sos/sos'
import { getCare, recordConsent, saveCare, saveHealth } from './features/care/care'
import { accessLog, erasePersonalData, exportPersonalData } from './features/care/privacy'
import { pushStatus, recordPushConsent } from './features/push/push'
import { getReminderPolicy, saveReminderPolicy } from './features/reminders/policy'
import { markRead } from './features/messages/messages'
import { listPairs, logPairContact, myPairs, savePair } from './features/pairing/pairing'
import { listTasks, listVisits, recordVisit, reportVisitNeed } from './features/visits/visits'
import { getMaterial, listMaterials, manageMaterials, markMaterialRead, saveMaterial } from './features/study/materials'

export type Handler<A extends ActionName> = (ctx: ActionContext, input: ParsedInput<A>) => Promise<ActionOutput<A>>

export const handlers: { [A in ActionName]: Handler<A> } = {
  'home.get': getHome,
  'me.get': getMe,
  'me.update': updateMe,
  'me.claimCadre': claimCadre,
  'binding.request': requestBinding,
  'binding.decide': decideBinding,
  'binding.setPermissions': setLinkPermissions,
  'binding.end': endBinding,
  'cadre.register': registerCadre,
  'cadre.list': listCadres,
  'cadre.get': getCadre,
  'bindingCode.issue': issueBindingCode,
  'service.catalog': getCatalog,
  'service.slots': listSlots,
  'booking.create': createBooking,
  'booking.list': listBookings,
  'booking.get': getBooking,
  'booking.cancel': cancelBooking,
  'booking.reschedule': rescheduleBooking,
  'booking.rate': rateBooking,
  'booking.checkIn': checkIn,
  'booking.checkOut': checkOut,
  'booking.noShow': markNoShow,
  'booking.assign': assignBooking,
  'booking.reject': rejectBooking,
  'dispatch.board': getDispatchBoard,
  'provider.tasks': getProviderTasks,
  'serviceDesk.get': getServiceDesk,
  'serviceType.update': updateServiceType,
  'provider.save': saveProvider,
  'card.get': getCard,
  'card.entries': listCardEntries,
  'card.list': listCommunityCards,
  'card.record': recordCardMoney,
  'card.adjust': adjustCard,
  'card.adjustments': listAdjustments,
  'card.decide': decideAdjustment,
  'card.statement': cardStatement,
  'cardPolicy.get': getCardPolicy,
  'cardPolicy.save': saveCardPolicy,
  'activity.list': listActivities,
  'activity.get': getActivity,
  'activity.signUp': signUp,
  'activity.withdraw': withdraw,
  'activity.manage': manageActivities,
  'activity.save': saveActivity,
  'activity.cancel': cancelActivity,
  'activity.roster': activityRoster,
  'activity.attend': markAttendance,
  'material.list': listMaterials,
  'material.get': getMaterial,
  'material.markRead': markMaterialRead,
  'material.manage': manageMaterials,
  'material.save': saveMaterial,
  'contribution.submit': submitContribution,
  'contribution.board': contributionBoard,
  'contribution.review': reviewContributions,
  'contribution.decide': decideContribution,
  'sos.raise': raiseSos,
  'sos.status': sosStatus,
  'sos.console': sosConsole,
  'sos.acknowledge': acknowledgeSos,
  'sos.note': noteSos,
  'sos.close': closeSos,
  'sos.falseAlarm': standDownSos,
  'care.get': getCare,
  'care.save': saveCare,
  'care.saveHealth': saveHealth,
  'care.consent': recordConsent,
  'care.accessLog': accessLog,
  'care.export': exportPersonalData,
  'care.erase': erasePersonalData,
  'visit.report': reportVisitNeed,
  'task.list': listTasks,
  'visit.record': recordVisit,
  'visit.list': listVisits,
  'pairing.list': listPairs,
  'pairing.save': savePair,
  'pairing.mine': myPairs,
  'pairing.log': logPairContact,
  'message.list': listMessages,
  'message.read': markRead,
  'reminderPolicy.get': getReminderPolicy,
  'reminderPolicy.save': saveReminderPolicy,
  'push.status': pushStatus,
  'push.consent': recordPushConsent,
}
