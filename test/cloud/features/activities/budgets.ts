// Database round trips per activities action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { activitiesContracts } from '../../../../cloudfunctions/lib/features/activities/contract'

export const activitiesRoundTrips: { [A in keyof typeof activitiesContracts]: number } = {
  'activity.list': 6,
  'activity.get': 5,
  'activity.signUp': 6,
  'activity.withdraw': 9,
  'activity.manage': 3,
  'activity.save': 2,
  'activity.cancel': 4,
  'activity.savePhotos': 6,
  'activity.roster': 5,
  'activity.attend': 7,
}
