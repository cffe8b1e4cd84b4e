// 银发人才库 through the real api: staff find 王建国 by a skill he wrote in his care profile or offered, invite
// him to mediate, his daughter answers for him (once), staff record the hours with thanks that go on the 宣传栏;
// 杏花's staff neither find nor invite him; a cadre cannot record hours and staff cannot answer for him.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { CARE_INPUT, STAFF } from '../../../support/arrange'
import { invited } from './fixtures'

const ctx = useCloud()
let cloud: LocalCloud
beforeAll(() => {
  ;({ cloud } = ctx)
})
startEachTestFromHere(ctx)

const { familyPermitted: DAUGHTER, cadreSelf: CADRE, staffOther: XINGHUA_STAFF } = CALLERS

it('finds a cadre by what he can do, invites him, takes one answer, and records the hours with thanks on the board', async () => {
  await cloud.ok(STAFF, 'care.save', { ...CARE_INPUT, hobbies: '书法、调解邻里纠纷' })
  const found = await cloud.ok(STAFF, 'talent.search', { word: '调解' })
  expect(found.talents.find((t) => t.cadreId === TARGET_CADRE)?.skills).toEqual(expect.arrayContaining(['书法', '调解邻里纠纷']))
  expect((await cloud.ok(STAFF, 'talent.search', { word: '钢琴' })).talents.map((t) => t.cadreId)).not.toContain(TARGET_CADRE)
  expect((await cloud.ok(XINGHUA_STAFF, 'talent.search', {})).talents.map((t) => t.cadreId)).not.toContain(TARGET_CADRE)
  await ctx.refused(XINGHUA_STAFF, 'talent.invite', { cadreId: TARGET_CADRE, need: '调解', detail: '请帮忙' }, 'FORBIDDEN')

  const invitationId = await invited(cloud)
  expect((await cloud.ok(DAUGHTER, 'talent.invitations', { cadreId: TARGET_CADRE })).invitations[0]).toMatchObject({
    id: invitationId,
    statusWords: '等老人答复',
  })
  await ctx.refused(STAFF, 'talent.answer', { invitationId, accept: true }, 'BAD_INPUT')
  await ctx.refused(STAFF, 'talent.answer', { invitationId, hours: 2 }, 'INVITATION_NOT_ACCEPTED')
  expect(await cloud.ok(DAUGHTER, 'talent.answer', { invitationId, accept: true })).toMatchObject({ status: 'accepted' })
  await ctx.refused(CADRE, 'talent.answer', { invitationId, accept: false }, 'INVITATION_ANSWERED')
  await ctx.refused(CADRE, 'talent.answer', { invitationId, hours: 2 }, 'BAD_INPUT')

  const served = await cloud.ok(STAFF, 'talent.answer', { invitationId, hours: 2.5, commend: '王老耐心调解，两家握手言和' })
  expect(served).toMatchObject({ status: 'served', statusWords: '已服务 2.5 小时' })
  expect((await cloud.ok(STAFF, 'talent.search', { word: '调解' })).talents.find((t) => t.cadreId === TARGET_CADRE)?.hours).toBe(2.5)
  const board = await cloud.ok(CADRE, 'contribution.board', { cadreId: TARGET_CADRE })
  expect(board.board.map((c) => c.title)).toContain('表彰：王建国调解')
})
