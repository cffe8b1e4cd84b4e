// Grids and 分片包干 through the real api function: each grid's keeper sees "我负责的 N 位老人" on the home page and
// can list only the tasks of their grids (or handed to them); handing a grid to a colleague moves it between their lists; a renamed
// grid keeps its cadres; a keeper from another community or a second grid of the same name is refused.
import { STAFF, SECOND_STAFF, requestId } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const homeOf = async (openid: string) => (await ctx.cloud.ok(openid, 'home.get', {})).staff!
const grid = (name: string, staffId: string, gridId?: string) => ({
  ...(gridId ? { gridId } : {}),
  name,
  streets: ['桃园街'],
  staffId,
  volunteers: [],
})

it('counts each keeper’s cadres, lists their own tasks, and moves a grid handed to a colleague', async () => {
  const { cloud } = ctx
  const { grids, staff } = await cloud.ok(STAFF, 'grid.list', {})
  expect(grids.map((g) => [g.name, g.staffName])).toEqual([
    ['桃园一网格', '陈静'],
    ['桃园二网格', '黄伟'],
  ])
  expect(staff.map((s) => s.name)).toEqual(expect.arrayContaining(['陈静', '黄伟']))
  const [first, second] = grids
  expect(await homeOf(STAFF)).toMatchObject({ mine: first.cadres, grids: ['桃园一网格'] })
  expect(await homeOf(SECOND_STAFF)).toMatchObject({ mine: second.cadres, grids: ['桃园二网格'] })

  // 王建国 lives in the first grid: his daughter's report is 陈静's task, not 黄伟's.
  const task = await cloud.ok(CALLERS.familyPermitted, 'visit.report', {
    cadreId: TARGET_CADRE,
    kind: '大事',
    note: '孙子结婚',
    requestId: requestId(),
  })
  expect((await cloud.ok(STAFF, 'task.list', { mine: true })).tasks.find((t) => t.id === task.id)).toMatchObject({
    grid: '桃园一网格',
    mine: true,
  })
  expect((await cloud.ok(SECOND_STAFF, 'task.list', { mine: true })).tasks.map((t) => t.id)).not.toContain(task.id)
  expect((await cloud.ok(SECOND_STAFF, 'task.list', {})).tasks.find((t) => t.id === task.id)?.mine).toBe(false)

  // 陈静 is on leave that day: she hands the visit to 黄伟, whose task it now is.
  await ctx.refused(STAFF, 'task.handOver', { taskId: task.id, staffId: CALLERS.staffOther }, 'BAD_INPUT')
  expect(await cloud.ok(STAFF, 'task.handOver', { taskId: task.id, staffId: SECOND_STAFF })).toMatchObject({
    assignedName: '黄伟',
    mine: false,
  })
  expect((await cloud.ok(SECOND_STAFF, 'task.list', { mine: true })).tasks.find((t) => t.id === task.id)).toMatchObject({ mine: true })
  expect((await cloud.ok(STAFF, 'task.list', { mine: true })).tasks.map((t) => t.id)).not.toContain(task.id)
  const told = (await ctx.db.collection('messages').where({ to: SECOND_STAFF }).get()).data
  expect(told.map((m) => m.title)).toContain('走访任务交给您：王建国')

  // 黄伟 is away for a month: 陈静 keeps his grid too.
  await cloud.ok(STAFF, 'grid.save', grid('桃园二网格', STAFF, second.id))
  expect(await homeOf(STAFF)).toMatchObject({ mine: first.cadres + second.cadres, grids: ['桃园一网格', '桃园二网格'] })
  expect((await homeOf(SECOND_STAFF)).mine).toBeNull()
})

it('keeps a renamed grid’s cadres in it, and refuses a keeper from elsewhere or a name taken', async () => {
  const { cloud, refused } = ctx
  const { grids } = await cloud.ok(STAFF, 'grid.list', {})
  const renamed = await cloud.ok(STAFF, 'grid.save', grid('桃园北网格', STAFF, grids[0].id))
  expect(renamed.cadres).toBe(grids[0].cadres)
  expect((await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })).record!.grid).toBe('桃园北网格')
  expect((await homeOf(STAFF)).grids).toEqual(['桃园北网格'])
  await refused(STAFF, 'grid.save', grid('桃园三网格', CALLERS.staffOther), 'BAD_INPUT')
  await refused(STAFF, 'grid.save', grid('桃园二网格', STAFF), 'BAD_INPUT')
})
