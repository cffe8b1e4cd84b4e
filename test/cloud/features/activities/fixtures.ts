// A valid input for each activities action, made fresh for each call (the gates call every action as every caller).
import type { activitiesContracts } from '../../../../cloudfunctions/lib/features/activities/contract'
import { TARGET_CADRE } from '../../../support/callers'
import { type Fixture, STAFF, newActivity, uploadPhoto } from '../../../support/arrange'

export const activitiesFixtures: { [A in keyof typeof activitiesContracts]: Fixture<A> } = {
  'activity.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'activity.get': async () => ({ input: { activityId: 'activity-demo-health', cadreId: TARGET_CADRE } }),
  'activity.signUp': async (cloud) => ({
    input: { activityId: (await cloud.ok(STAFF, 'activity.save', newActivity())).id, cadreId: TARGET_CADRE },
  }),
  // A new activity, not a seeded one: a seeded deadline may already have passed at the hour the gate runs.
  'activity.withdraw': async (cloud) => {
    const { id } = await cloud.ok(STAFF, 'activity.save', newActivity())
    await cloud.ok(STAFF, 'activity.signUp', { activityId: id, cadreId: TARGET_CADRE })
    return { input: { activityId: id, cadreId: TARGET_CADRE } }
  },
  'activity.manage': async () => ({ input: {} }),
  'activity.save': async () => ({ input: newActivity() }),
  'activity.cancel': async (cloud) => ({
    input: { activityId: (await cloud.ok(STAFF, 'activity.save', newActivity())).id, reason: '场地临时维修' },
  }),
  'activity.savePhotos': async (cloud) => ({
    input: { activityId: 'activity-demo-chongyang', photos: [(await uploadPhoto(cloud, STAFF, { purpose: 'activityPhoto' })).ticket] },
  }),
  'activity.roster': async () => ({ input: { activityId: 'activity-demo-health' } }),
  'activity.attend': async (cloud) => {
    const { id } = await cloud.ok(STAFF, 'activity.save', newActivity())
    await cloud.ok(STAFF, 'activity.signUp', { activityId: id, cadreId: TARGET_CADRE })
    return { input: { activityId: id, cadreId: TARGET_CADRE, attended: true } }
  },
}
