// Pictures between a material's paragraphs, through the real api function and storage: staff upload them from the
// phone, the reader's page shows them in place (addressed in one call), an edit keeps, moves or takes them out, and
// one taken out is deleted.
import { request } from '../../../support/http'
import { PNG, STAFF, uploadPhoto } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { sdkFor } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const exists = async (fileId: string) => (await sdkFor(ctx.cloud).getTempFileURL({ fileList: [fileId] })).fileList[0].status === 0
const material = { title: '冬季养生小常识', category: '健康养生' as const }

it('shows pictures between the paragraphs where staff put them, and deletes one taken out in an edit', async () => {
  const { cloud } = ctx
  const [map, chart] = [
    await uploadPhoto(cloud, STAFF, { purpose: 'materialPicture' }),
    await uploadPhoto(cloud, STAFF, { purpose: 'materialPicture' }),
  ]
  const saved = await cloud.ok(STAFF, 'material.save', {
    ...material,
    body: [{ text: '天冷了，出门前先看天气。' }, { picture: map.ticket }, { text: '血压早晚各量一次。' }, { picture: chart.ticket }],
  })
  expect(saved.body.map((p) => (p.picture ? p.picture.fileRef : p.text))).toEqual([
    '天冷了，出门前先看天气。',
    map.fileRef,
    '血压早晚各量一次。',
    chart.fileRef,
  ])

  const read = await cloud.ok(CALLERS.cadreSelf, 'material.get', { materialId: saved.id, cadreId: TARGET_CADRE })
  expect(Buffer.from((await request(read.body[1].picture!.url)).raw)).toEqual(PNG)
  expect(read.body[3].picture!.url).toMatch(/^http/)

  // The chart moves to the top, the map goes: the map's file is deleted, the chart's kept.
  const edited = await cloud.ok(STAFF, 'material.save', {
    materialId: saved.id,
    ...material,
    body: [{ picture: chart.fileRef }, { text: '血压早晚各量一次。' }],
  })
  expect(edited.body[0].picture?.fileRef).toBe(chart.fileRef)
  expect(await exists(map.fileId)).toBe(false)
  expect(await exists(chart.fileId)).toBe(true)
})

it('refuses a picture named by a reference the material does not have, or uploaded for something else', async () => {
  const { cloud, refused } = ctx
  const visitPhoto = await uploadPhoto(cloud, STAFF)
  await refused(STAFF, 'material.save', { ...material, body: [{ picture: visitPhoto.ticket }] }, 'FILE_NOT_YOURS')
  await refused(STAFF, 'material.save', { ...material, body: [{ picture: visitPhoto.fileRef }] }, 'FILE_NOT_YOURS')
  await refused(STAFF, 'material.save', { ...material, body: [{ picture: 'https://example.com/a.jpg' }] }, 'BAD_INPUT')
})
