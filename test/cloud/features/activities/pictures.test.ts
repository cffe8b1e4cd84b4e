// An activity's pictures through the real api function and storage: staff choose a cover when publishing (the
// cadre's list shows it), replace or remove it (the old file is deleted), and add the photos taken at it once it has
// begun (the cadre's activity page shows them; a photo taken off is deleted).
import { request } from '../../../support/http'
import { PNG, SECOND_STAFF, STAFF, newActivity, uploadPhoto } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { sdkFor } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const exists = async (fileId: string) => (await sdkFor(ctx.cloud).getTempFileURL({ fileList: [fileId] })).fileList[0].status === 0
const bytesAt = async (url: string) => Buffer.from((await request(url)).raw)

it('shows the cover staff chose on the cadre’s list, and deletes a cover that is replaced or taken off', async () => {
  const { cloud } = ctx
  const first = await uploadPhoto(cloud, STAFF, { purpose: 'activityCover' })
  const published = await cloud.ok(STAFF, 'activity.save', { ...newActivity(), cover: first.ticket })
  const { activities } = await cloud.ok(CALLERS.cadreSelf, 'activity.list', { cadreId: TARGET_CADRE })
  const listed = activities.find((a) => a.id === published.id)!
  expect(listed.cover?.fileRef).toBe(first.fileRef)
  expect(await bytesAt(listed.cover!.url)).toEqual(PNG)

  // Edited without touching the cover: it stays (named by its reference).
  const edit = { ...newActivity(), activityId: published.id }
  await cloud.ok(STAFF, 'activity.save', { ...edit, cover: first.fileRef })
  expect(await exists(first.fileId)).toBe(true)

  const second = await uploadPhoto(cloud, STAFF, { purpose: 'activityCover' })
  await cloud.ok(STAFF, 'activity.save', { ...edit, cover: second.ticket })
  expect(await exists(first.fileId)).toBe(false)
  const shown = await cloud.ok(CALLERS.cadreSelf, 'activity.get', { activityId: published.id, cadreId: TARGET_CADRE })
  expect(shown.cover?.fileRef).toBe(second.fileRef)

  await cloud.ok(STAFF, 'activity.save', edit)
  expect(await exists(second.fileId)).toBe(false)
  expect((await cloud.ok(CALLERS.cadreSelf, 'activity.get', { activityId: published.id, cadreId: TARGET_CADRE })).cover).toBeUndefined()
})

it('refuses a cover from someone else or made for another use, and a photo on an activity still to come', async () => {
  const { cloud, refused } = ctx
  const theirs = await uploadPhoto(cloud, SECOND_STAFF, { purpose: 'activityCover' })
  await refused(STAFF, 'activity.save', { ...newActivity(), cover: theirs.ticket }, 'FILE_NOT_YOURS')
  const visitPhoto = await uploadPhoto(cloud, STAFF)
  await refused(STAFF, 'activity.save', { ...newActivity(), cover: visitPhoto.ticket }, 'FILE_NOT_YOURS')
  const coming = await cloud.ok(STAFF, 'activity.save', newActivity())
  const photo = await uploadPhoto(cloud, STAFF, { purpose: 'activityPhoto' })
  await refused(STAFF, 'activity.savePhotos', { activityId: coming.id, photos: [photo.ticket] }, 'BAD_INPUT')
  // Staff of another community cannot reach this community's activity at all.
  await refused(CALLERS.staffOther, 'activity.savePhotos', { activityId: 'activity-demo-chongyang', photos: [] }, 'NOT_FOUND')
})

it('keeps the photos taken at an activity that was held, shows them to the cadre, and deletes one taken off', async () => {
  const { cloud } = ctx
  const held = 'activity-demo-chongyang'
  const [one, two] = [
    await uploadPhoto(cloud, STAFF, { purpose: 'activityPhoto' }),
    await uploadPhoto(cloud, STAFF, { purpose: 'activityPhoto' }),
  ]
  const saved = await cloud.ok(STAFF, 'activity.savePhotos', { activityId: held, photos: [one.ticket, two.ticket] })
  expect(saved.photoCount).toBe(2)
  expect(saved.photos!.map((p) => p.fileRef)).toEqual([one.fileRef, two.fileRef])

  // 王建国 came to it: his page of the activity shows the photos.
  const seen = await cloud.ok(CALLERS.cadreSelf, 'activity.get', { activityId: held, cadreId: TARGET_CADRE })
  expect(seen.photos).toHaveLength(2)
  for (const p of seen.photos!) expect(await bytesAt(p.url)).toEqual(PNG)

  // Another staff member of the community adds one and keeps the others; one taken off is deleted.
  const three = await uploadPhoto(cloud, SECOND_STAFF, { purpose: 'activityPhoto' })
  const after = await cloud.ok(SECOND_STAFF, 'activity.savePhotos', { activityId: held, photos: [two.fileRef, three.ticket] })
  expect(after.photos!.map((p) => p.fileRef)).toEqual([two.fileRef, three.fileRef])
  expect(await exists(one.fileId)).toBe(false)
  expect(await exists(two.fileId)).toBe(true)
  const roster = await cloud.ok(STAFF, 'activity.roster', { activityId: held })
  expect(roster.activity.photos!.map((p) => p.fileRef)).toEqual([two.fileRef, three.fileRef])
})
