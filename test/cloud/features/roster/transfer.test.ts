// 迁出 through the real api function: 桃园 asks to move a cadre to 杏花, 杏花 sees and accepts it; the service card's
// balance arrives exact to the fen, the history and the family link come along, the old community's open visit is
// cancelled with the held money back; only the community moved to can accept, and nothing is written otherwise.
import { STAFF, assignedBooking, bindFamily, receiptNo } from '../../../support/arrange'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const XINGHUA = CALLERS.staffOther

it('moves a cadre to another community with the card balance exact to the fen, the history and the family', async () => {
  const { cloud, refused } = ctx
  await cloud.ok(STAFF, 'card.record', { cadreId: TARGET_CADRE, kind: 'topup', amountFen: 12345, receiptNo: receiptNo() })
  const booking = await assignedBooking(cloud)
  const before = await cloud.ok(STAFF, 'card.get', { cadreId: TARGET_CADRE })
  const son = await bindFamily(cloud, TARGET_CADRE, '王小军')
  const { communities } = await cloud.ok(STAFF, 'community.list', {})
  expect(communities.map((c) => c.name)).toEqual(expect.arrayContaining(['桃园社区', '杏花社区']))

  const rev = (await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })).record!.rev
  await refused(STAFF, 'cadre.transfer', { cadreId: TARGET_CADRE, rev, toCommunityId: 'c-taoyuan' }, 'BAD_INPUT')
  const asked = await cloud.ok(STAFF, 'cadre.transfer', { cadreId: TARGET_CADRE, rev, toCommunityId: 'c-xinghua', reason: '搬去女儿家住' })
  expect((await cloud.ok(XINGHUA, 'transfer.list', {})).incoming.map((t) => [t.name, t.fromName])).toEqual([['王建国', '桃园社区']])
  expect((await cloud.ok(STAFF, 'transfer.list', {})).outgoing.map((t) => t.toName)).toEqual(['杏花社区'])
  // Nobody but 杏花 can take him in: for 桃园 (or anyone else) there is no such request.
  await refused(STAFF, 'cadre.acceptTransfer', { cadreId: TARGET_CADRE }, 'NOT_FOUND')

  const moved = await cloud.ok(XINGHUA, 'cadre.acceptTransfer', { cadreId: TARGET_CADRE })
  expect(moved.changedWords).toBe('已迁入杏花社区（原桃园社区）')
  // 杏花's staff now serve him; 桃园's no longer reach him.
  const card = await cloud.ok(XINGHUA, 'card.get', { cadreId: TARGET_CADRE })
  expect(card.balanceFen).toBe(before.balanceFen)
  expect(card.heldFen).toBe(before.heldFen - booking.priceFen)
  expect((await ctx.db.collection('bookings').doc(booking.id).get()).data.status).toBe('cancelled')
  await refused(STAFF, 'cadre.get', { cadreId: TARGET_CADRE }, 'FORBIDDEN')
  const { entries } = await cloud.ok(XINGHUA, 'cadre.history', { cadreId: TARGET_CADRE })
  expect(entries.slice(0, 2).map((e) => e.what)).toEqual(['迁入杏花社区', '申请迁出到杏花社区'])
  expect(entries[1].reason).toBe('搬去女儿家住')
  // His son still reaches him, now through 杏花.
  expect((await cloud.ok(son, 'cadre.get', { cadreId: TARGET_CADRE })).community.name).toBe('杏花社区')
  expect(asked.rev + 1).toBe(moved.rev)
})

it('lets the old community take a transfer back before it is accepted', async () => {
  const { cloud, refused } = ctx
  const rev = (await cloud.ok(STAFF, 'cadre.get', { cadreId: TARGET_CADRE })).record!.rev
  const asked = await cloud.ok(STAFF, 'cadre.transfer', { cadreId: TARGET_CADRE, rev, toCommunityId: 'c-xinghua' })
  await cloud.ok(STAFF, 'cadre.transfer', { cadreId: TARGET_CADRE, rev: asked.rev })
  expect((await cloud.ok(XINGHUA, 'transfer.list', {})).incoming).toEqual([])
  await refused(XINGHUA, 'cadre.acceptTransfer', { cadreId: TARGET_CADRE }, 'NOT_FOUND')
})
