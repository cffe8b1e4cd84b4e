// The activities actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { activitiesContracts } from './contract'
import { getActivity, listActivities, signUp, withdraw } from './signup'
import { activityRoster, cancelActivity, manageActivities, markAttendance, saveActivity, saveActivityPhotos } from './desk'

export const activitiesHandlers: Handlers<keyof typeof activitiesContracts> = {
  'activity.list': listActivities,
  'activity.get': getActivity,
  'activity.signUp': signUp,
  'activity.withdraw': withdraw,
  'activity.manage': manageActivities,
  'activity.save': saveActivity,
  'activity.cancel': cancelActivity,
  'activity.savePhotos': saveActivityPhotos,
  'activity.roster': activityRoster,
  'activity.attend': markAttendance,
}
