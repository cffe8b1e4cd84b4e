// Grids and 分片包干: each grid of a community (its name and streets) is looked after by one staff member and some
// volunteers. A staff member's grids are also kept on their user record, so their home page counts "my cadres" and
// their task list picks out their own without another read.
import { AppError, type ParsedInput } from '../../contracts'
import { C } from '../../db/collections'
import { _, db } from '../../db/cloud'
import { count, findAll, findById, isDuplicateKey, newId } from '../../db/access'
import type { ActionContext } from '../../core/context'
import { staffCommunity } from '../../core/scope'
import type { GridDoc, UserDoc } from '../people/docs'
import { LIVING } from './living'
import type { GridView } from './views'

export async function listGrids(ctx: ActionContext): Promise<{ grids: GridView[]; staff: { id: string; name: string }[] }> {
  const communityId = staffCommunity(ctx)
  const [grids, staff] = await Promise.all([
    findAll<GridDoc>(C.grids, { communityId }),
    findAll<UserDoc>(C.users, { communityId, roles: 'staff' }),
  ])
  const counts = await Promise.all(grids.map((g) => count(C.cadres, { communityId, grid: g.name, ...LIVING })))
  return {
    grids: grids
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((g) => ({
        id: g._id,
        name: g.name,
        streets: g.streets,
        staffId: g.staffId,
        staffName: g.staffName,
        volunteers: g.volunteers,
        cadres: counts[grids.indexOf(g)],
      })),
    staff: staff.map((s) => ({ id: s._id, name: s.name })),
  }
}

export async function saveGrid(ctx: ActionContext, input: ParsedInput<'grid.save'>): Promise<GridView> {
  const communityId = staffCommunity(ctx)
  const [earlier, keeper] = await Promise.all([
    input.gridId ? findById<GridDoc>(C.grids, input.gridId) : null,
    findById<UserDoc>(C.users, input.staffId),
  ])
  if (input.gridId && earlier?.communityId !== communityId) throw new AppError('NOT_FOUND', '没有找到这个网格')
  if (!keeper || keeper.communityId !== communityId || !keeper.roles.includes('staff'))
    throw new AppError('BAD_INPUT', '负责的人要是本社区的工作人员')
  const grid: GridDoc = {
    _id: earlier?._id ?? newId(),
    communityId,
    name: input.name,
    streets: input.streets,
    staffId: keeper._id,
    staffName: keeper.name,
    volunteers: input.volunteers,
    updatedAt: ctx.now,
  }
  const { _id, ...data } = grid
  try {
    await db.collection(C.grids).doc(_id).set({ data })
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('BAD_INPUT', `已经有叫“${input.name}”的网格了`)
    throw e
  }
  // The keepers' own lists follow: the old keeper (or the old name) out, the new one in.
  if (earlier && (earlier.staffId !== keeper._id || earlier.name !== grid.name))
    await db
      .collection(C.users)
      .doc(earlier.staffId)
      .update({ data: { grids: _.pull(earlier.name) } })
  await db
    .collection(C.users)
    .doc(keeper._id)
    .update({ data: { grids: _.addToSet(grid.name) } })
  // Cadres of a renamed grid keep being in it.
  if (earlier && earlier.name !== grid.name)
    await db
      .collection(C.cadres)
      .where({ communityId, grid: earlier.name })
      .update({ data: { grid: grid.name, copiesStale: true } })
  const cadres = await count(C.cadres, { communityId, grid: grid.name, ...LIVING })
  return {
    id: _id,
    name: grid.name,
    streets: grid.streets,
    staffId: grid.staffId,
    staffName: grid.staffName,
    volunteers: grid.volunteers,
    cadres,
  }
}
