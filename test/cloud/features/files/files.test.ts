// Photos end to end through the real api function and the unchanged SDK: staff upload (a place is handed out,
// the bytes go straight to storage, the function checks them by content), a visit record keeps them, the list
// addresses them in one storage call; someone else's upload, a wrong type or a file never uploaded is refused
// without a write; the daily job removes uploads no record took within a day.
import { request } from '../../../support/http'
import { hostNow } from '../../../support/clock'
import { PNG, STAFF, SECOND_STAFF, dayAhead, newActivity, newCadre, uploadPhoto } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { sdkFor } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const visit = (photos: string[]) => ({ cadreId: TARGET_CADRE, day: dayAhead(0), visitors: '陈静', gifts: '', notes: '精神很好', photos })
const exists = async (fileId: string) => (await sdkFor(ctx.cloud).getTempFileURL({ fileList: [fileId] })).fileList[0].status === 0

it('keeps two photos on a visit record and shows them from the list, addressed in one call', async () => {
  const { cloud } = ctx
  // A cadre of its own: no photos from another test on the page being counted.
  const cadreId = (await newCadre(cloud)).id
  const listTrips = async () => (await cloud.invoke('api', { action: 'visit.list', input: { cadreId } }, STAFF)).roundTrips
  const withoutPhotos = await listTrips()
  const first = await uploadPhoto(cloud, STAFF)
  const second = await uploadPhoto(cloud, STAFF)
  const recordTrips = async (photos: string[]) =>
    (await cloud.invoke('api', { action: 'visit.record', input: { ...visit(photos), cadreId } }, STAFF)).roundTrips
  // Saving with photos costs no more round trips than without: the tickets prove the photos without a read.
  expect(await recordTrips([first.ticket])).toBe(await recordTrips([]))
  const saved = await cloud.ok(STAFF, 'visit.record', { ...visit([first.ticket, second.ticket]), cadreId })
  expect(saved.photos.map((p) => p.fileRef)).toEqual([first.fileRef, second.fileRef])

  // Every picture on the page is addressed by one call to storage, however many there are.
  expect(await listTrips()).toBe(withoutPhotos + 1)
  const { visits } = await cloud.ok(STAFF, 'visit.list', { cadreId })
  const shown = visits.find((v) => v.id === saved.id)!
  expect(shown.photos).toHaveLength(2)
  for (const p of shown.photos) expect(Buffer.from((await request(p.url)).raw)).toEqual(PNG)

  // A ticket is for its purpose: a photo uploaded as a work is not a visit photo.
  const work = await uploadPhoto(cloud, STAFF, { purpose: 'workPhoto' })
  await ctx.refused(STAFF, 'visit.record', visit([work.ticket]), 'FILE_NOT_YOURS')
})

it('carries the photo a daughter sends with a hospital report to the staff’s task list', async () => {
  const { cloud, refused } = ctx
  const daughter = CALLERS.familyPermitted
  const ward = await uploadPhoto(cloud, daughter, { purpose: 'reportPhoto' })
  const report = { cadreId: TARGET_CADRE, kind: '住院' as const, note: '昨晚住进区医院', requestId: `r-${ward.fileRef}` }
  await refused(daughter, 'visit.report', { ...report, photos: [ward.ticket, ward.ticket] }, 'BAD_INPUT')
  const task = await cloud.ok(daughter, 'visit.report', { ...report, photos: [ward.ticket] })
  const { tasks } = await cloud.ok(STAFF, 'task.list', {})
  const listed = tasks.find((t) => t.id === task.id)!
  expect(listed.photos?.map((p) => p.fileRef)).toEqual([ward.fileRef])
  expect(Buffer.from((await request(listed.photos![0].url)).raw)).toEqual(PNG)
})

it('refuses a photo someone else uploaded, one not yet checked, and a repeated one, writing nothing', async () => {
  const { cloud, refused } = ctx
  const theirs = await uploadPhoto(cloud, SECOND_STAFF)
  await refused(STAFF, 'visit.record', visit([theirs.ticket]), 'FILE_NOT_YOURS')
  await refused(STAFF, 'file.check', { fileRef: theirs.fileRef, fileId: theirs.fileId }, 'FILE_NOT_FOUND')
  // A file never checked has no ticket, and one cannot be made up.
  const unchecked = await uploadPhoto(cloud, STAFF, { check: false })
  await refused(STAFF, 'visit.record', visit([`${unchecked.fileId}#${theirs.ticket.split('#')[1]}`]), 'FILE_NOT_YOURS')
  await refused(STAFF, 'visit.record', visit([unchecked.fileId]), 'FILE_NOT_YOURS')
  const mine = await uploadPhoto(cloud, STAFF)
  await refused(STAFF, 'visit.record', visit([mine.ticket, mine.ticket]), 'BAD_INPUT')
  await refused(STAFF, 'visit.record', visit(['0'.repeat(32)]), 'BAD_INPUT')
})

it('checks a file by its content: a text file named .png is refused and removed; nothing uploaded is said so', async () => {
  const { cloud, refused } = ctx
  const fake = await uploadPhoto(cloud, STAFF, { bytes: Buffer.from('not a picture at all'), check: false })
  const answer = await cloud.act(STAFF, 'file.check', { fileRef: fake.fileRef, fileId: fake.fileId })
  expect(answer).toMatchObject({ ok: false, error: { code: 'FILE_WRONG_TYPE' } })
  expect(await exists(fake.fileId)).toBe(false)

  const { fileRef, cloudPath } = await cloud.ok(STAFF, 'file.prepare', { cadreId: TARGET_CADRE, purpose: 'visitPhoto', ext: 'jpg' })
  const fileId = `cloud://local.6c6f-local-1300000000/${cloudPath}`
  await refused(STAFF, 'file.check', { fileRef, fileId }, 'FILE_NOT_UPLOADED')
  // The ID of another place than the one handed out is not this upload.
  await refused(STAFF, 'file.check', { fileRef, fileId: `${fileId}x` }, 'FILE_NOT_FOUND')
  await refused(STAFF, 'file.prepare', { cadreId: TARGET_CADRE, purpose: 'visitPhoto', ext: 'exe' }, 'BAD_INPUT')
})

it('takes a roster spreadsheet as xlsx or csv up to 5 MB, and refuses a photo or a bigger file named as one', async () => {
  const { cloud } = ctx
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)])
  const csv = Buffer.from('姓名,性别,出生日期\n王建国,男,1941-03-08\n')
  const sheet = (bytes: Buffer, ext: string) => uploadPhoto(cloud, STAFF, { purpose: 'rosterSheet', bytes, ext, check: false })
  const check = async (f: { fileRef: string; fileId: string }) => cloud.act(STAFF, 'file.check', { fileRef: f.fileRef, fileId: f.fileId })
  expect(await check(await sheet(xlsx, 'xlsx'))).toMatchObject({ ok: true })
  expect(await check(await sheet(csv, 'csv'))).toMatchObject({ ok: true })
  expect(await check(await sheet(PNG, 'xlsx'))).toMatchObject({ ok: false, error: { code: 'FILE_WRONG_TYPE' } })
  const big = Buffer.concat([xlsx, Buffer.alloc(5 * 1024 * 1024)])
  expect(await check(await sheet(big, 'xlsx'))).toMatchObject({ ok: false, error: { code: 'FILE_TOO_BIG' } })
  // Only staff bring a roster: a cadre's family cannot ask for a place for one.
  await ctx.refused(CALLERS.familyPermitted, 'file.prepareForCommunity', { purpose: 'rosterSheet', ext: 'xlsx' }, 'FORBIDDEN')
})

it('removes, after a day, uploads no record took, and keeps those a record uses', async () => {
  const { cloud } = ctx
  const used = await uploadPhoto(cloud, STAFF)
  await cloud.ok(STAFF, 'visit.record', visit([used.ticket]))
  // Pictures inside a material's paragraphs and an activity's cover are found where their records keep them.
  const picture = await uploadPhoto(cloud, STAFF, { purpose: 'materialPicture' })
  await cloud.ok(STAFF, 'material.save', { title: '图文资料', category: '健康养生', body: [{ text: '看图' }, { picture: picture.ticket }] })
  const cover = await uploadPhoto(cloud, STAFF, { purpose: 'activityCover' })
  await cloud.ok(STAFF, 'activity.save', { ...newActivity(), cover: cover.ticket })
  const unused = await uploadPhoto(cloud, STAFF)
  await cloud.post('/__cloud/clock', { now: new Date(hostNow().getTime() + 25 * 3600_000).toISOString() })
  try {
    const daily = (await cloud.post('/__cloud/timers/daily')) as { data: { uploads: { removed: number; kept: number } } }
    expect(daily.data.uploads.removed).toBeGreaterThanOrEqual(1)
  } finally {
    await cloud.post('/__cloud/clock', undefined, 'DELETE')
  }
  expect(await exists(unused.fileId)).toBe(false)
  for (const kept of [used, picture, cover]) expect(await exists(kept.fileId)).toBe(true)
})

it('keeps a checked upload through kill -9, so the record saved after the restart points at a file that is there', async () => {
  const { cloud } = ctx
  const photo = await uploadPhoto(cloud, STAFF)
  await cloud.kill9()
  ctx.cloud = await (
    await import('../../../support/localcloud')
  ).startLocalCloud({ dataDir: cloud.dataDir, port: Number(new URL(cloud.url).port) })
  const saved = await ctx.cloud.ok(STAFF, 'visit.record', visit([photo.ticket]))
  const { visits } = await ctx.cloud.ok(STAFF, 'visit.list', { cadreId: TARGET_CADRE })
  const url = visits.find((v) => v.id === saved.id)!.photos[0].url
  expect(Buffer.from((await request(url)).raw)).toEqual(PNG)
})

it('signs tickets with a key it keeps in the database when the deploy set none, the same key in every instance', async () => {
  const { startLocalCloud } = await import('../../../support/localcloud')
  const bare = await startLocalCloud({ env: { UPLOAD_TICKET_KEY: '' } })
  try {
    // Several uploads at once start several instances; each one's ticket is good in whichever instance saves.
    const photos = await Promise.all([1, 2, 3].map(() => uploadPhoto(bare, STAFF)))
    const saved = await bare.ok(STAFF, 'visit.record', visit(photos.map((p) => p.ticket)))
    expect(saved.photos.map((p) => p.fileRef)).toEqual(photos.map((p) => p.fileRef))
    const theirs = await uploadPhoto(bare, SECOND_STAFF)
    expect(await bare.act(STAFF, 'visit.record', visit([theirs.ticket]))).toMatchObject({ ok: false, error: { code: 'FILE_NOT_YOURS' } })
  } finally {
    await bare.stop()
  }
})
