// The first staff member of a new community opens their role with the invite code the deploy's bootstrap step
// wrote (the documents here are exactly what it writes): once, before it expires; a member of the bureau likewise.
import { freshOpenid } from '../../../support/callers'
import { hostNow } from '../../../support/clock'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { bootstrapped } from '../../../support/arrange'

const ctx = useCloud()
startEachTestFromHere(ctx)

it('makes the first staff member of a new community with the bootstrap code, once; the bureau’s code makes an admin', async () => {
  const { cloud } = ctx
  await bootstrapped(ctx.cloud, { staff: '31415926', bureau: '27182818' })
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
  await bootstrapped(ctx.cloud, { staff: '16180339' }, {}, new Date(hostNow().getTime() - 15 * 86_400_000))
  const late = await ctx.cloud.act(freshOpenid('staff'), 'me.acceptInvite', { code: '16180339' })
  expect(late).toMatchObject({ ok: false, error: { code: 'CODE_INVALID' } })
})
