// The first staff member of a new community opens their role with the invite code the deploy's bootstrap step
// wrote (the documents here are exactly what it writes): once, before it expires; a member of the bureau likewise.
import { bootstrapDocs } from '../../../../config/deploy/bootstrap'
import { freshOpenid } from '../../../support/callers'
import { hostNow } from '../../../support/clock'
import { startEachTestFromHere, useCloud } from '../../../support/refused'

const ctx = useCloud()
startEachTestFromHere(ctx)

const INPUT = {
  communityId: 'c-meiyuan',
  community: '梅园社区',
  district: '鄞州区',
  dutyPhone: '0574-88990000',
  address: '宁波市鄞州区梅园路 1 号',
  staff: '周敏',
  bureau: '吴强',
}

async function bootstrapped(codes: { staff: string; bureau?: string }, now = hostNow()) {
  for (const [collection, docs] of Object.entries(bootstrapDocs(INPUT, codes, now)))
    for (const { _id, ...data } of docs) await ctx.db.collection(collection).doc(_id).set({ data })
}

it('makes the first staff member of a new community with the bootstrap code, once; the bureau’s code makes an admin', async () => {
  const { cloud } = ctx
  await bootstrapped({ staff: '31415926', bureau: '27182818' })
  const zhou = freshOpenid('staff')
  const me = await cloud.ok(zhou, 'me.acceptInvite', { code: '3141 5926' })
  expect(me).toMatchObject({ name: '周敏', roles: ['staff'], activeRole: 'staff', community: { id: 'c-meiyuan', name: '梅园社区' } })
  // Her community is hers to run: an empty roster, its catalogue in place.
  expect((await cloud.ok(zhou, 'home.get', {})).staff).toMatchObject({ cadreCount: 0 })
  expect((await cloud.ok(zhou, 'serviceDesk.get', {})).services.length).toBeGreaterThan(0)

  const again = await cloud.act(freshOpenid('someone'), 'me.acceptInvite', { code: '31415926' })
  expect(again).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } })

  const wu = freshOpenid('bureau')
  expect(await cloud.ok(wu, 'me.acceptInvite', { code: '27182818' })).toMatchObject({ name: '吴强', roles: ['admin'], activeRole: 'admin' })
})

it('refuses an invite past its days', async () => {
  await bootstrapped({ staff: '16180339' }, new Date(hostNow().getTime() - 15 * 86_400_000))
  const late = await ctx.cloud.act(freshOpenid('staff'), 'me.acceptInvite', { code: '16180339' })
  expect(late).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } })
})
