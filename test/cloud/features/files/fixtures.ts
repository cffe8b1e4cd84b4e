// A valid input for each file action, made fresh for each call (the gates call every action as every caller).
import type { filesContracts } from '../../../../cloudfunctions/lib/features/files/contract'
import { type Fixture, STAFF, uploadPhoto } from '../../../support/arrange'
import { TARGET_CADRE } from '../../../support/callers'

export const filesFixtures: { [A in keyof typeof filesContracts]: Fixture<A> } = {
  'file.prepare': async () => ({ input: { cadreId: TARGET_CADRE, purpose: 'visitPhoto', ext: 'png' } }),
  'file.prepareForCommunity': async () => ({ input: { purpose: 'activityPhoto', ext: 'jpg' } }),
  'file.check': async (cloud) => {
    const { fileRef, fileId } = await uploadPhoto(cloud, STAFF, { check: false })
    return { input: { fileRef, fileId } }
  },
}
