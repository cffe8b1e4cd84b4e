// Study materials down from the bureau: one for every community reaches 桃园's and 杏花's cadres, one for 杏花
// only stays out of 桃园; communities read them and count their own readers but cannot change them; the bureau's
// materials carry pictures it uploads itself.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { STAFF, uploadPhoto } from '../../../support/arrange'

const ctx = useCloud()
let cloud: LocalCloud
beforeAll(() => {
  ;({ cloud } = ctx)
})
startEachTestFromHere(ctx)

const { admin: BUREAU, staffOther: XINGHUA_STAFF, cadreSelf: CADRE } = CALLERS
const material = (title: string) => ({ title, category: '党建' as const, body: [{ text: '全市离退休干部党员学习材料。' }] })

it('sends the bureau’s materials to every community or the chosen ones, to read but not to change', async () => {
  const everyone = await cloud.ok(BUREAU, 'material.save', material('学习贯彻全会精神辅导材料'))
  const xinghuaOnly = await cloud.ok(BUREAU, 'material.save', { ...material('杏花片区专题学习'), communityIds: ['c-xinghua'] })

  const listed = (await cloud.ok(CADRE, 'material.list', { cadreId: TARGET_CADRE })).materials.map((m) => m.id)
  expect(listed).toContain(everyone.id)
  expect(listed).not.toContain(xinghuaOnly.id)
  await ctx.refused(CADRE, 'material.get', { materialId: xinghuaOnly.id, cadreId: TARGET_CADRE }, 'NOT_FOUND')
  await cloud.ok(CADRE, 'material.markRead', { materialId: everyone.id, cadreId: TARGET_CADRE })

  const desk = await cloud.ok(STAFF, 'material.manage', {})
  expect(desk.materials.find((m) => m.id === everyone.id)).toMatchObject({ fromBureau: true, readers: 1 })
  expect((await cloud.ok(XINGHUA_STAFF, 'material.manage', {})).materials.find((m) => m.id === everyone.id)).toMatchObject({ readers: 0 })
  expect((await cloud.ok(XINGHUA_STAFF, 'material.manage', {})).materials.map((m) => m.id)).toContain(xinghuaOnly.id)
  // 桃园 cannot change the bureau's, nor send its own to other communities.
  await ctx.refused(STAFF, 'material.save', { ...material('改一下'), materialId: everyone.id }, 'NOT_FOUND')
  await ctx.refused(STAFF, 'material.save', { ...material('发给别的社区'), communityIds: ['c-xinghua'] }, 'BAD_INPUT')
  expect((await cloud.ok(BUREAU, 'material.manage', {})).materials.map((m) => m.id).sort()).toEqual([everyone.id, xinghuaOnly.id].sort())
})

it('lets the bureau put a picture in its material and keeps its choice of communities for the edit form', async () => {
  const { ticket } = await uploadPhoto(cloud, BUREAU, { purpose: 'materialPicture' })
  const saved = await cloud.ok(BUREAU, 'material.save', {
    ...material('红色家书选读'),
    body: [{ text: '第一封信。' }, { picture: ticket }],
    communityIds: ['c-taoyuan'],
  })
  const opened = await cloud.ok(BUREAU, 'material.get', { materialId: saved.id })
  expect(opened.communityIds).toEqual(['c-taoyuan'])
  expect(opened.body[1].picture?.url).toBeTruthy()
  // The community reads the picture but is not told which communities the bureau chose.
  const read = await cloud.ok(CADRE, 'material.get', { materialId: saved.id, cadreId: TARGET_CADRE })
  expect(read.body[1].picture?.url).toBeTruthy()
  expect(read.communityIds).toBeUndefined()
})
