// Notices down through the real api: the bureau publishes to 桃园 only and to every community; 桃园's staff are
// told and read it, 杏花's never see the one not meant for them; communities cannot publish; the bureau sees which
// communities have read each notice; pressing 发布 twice publishes once.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS } from '../../../support/callers'
import { SECOND_STAFF, STAFF } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { newNotice } from './fixtures'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)

const { admin: BUREAU, staffOther: XINGHUA_STAFF } = CALLERS

it('sends a notice to the communities it names, lets them read it, and shows the bureau who has', async () => {
  const form = { ...newNotice(['c-taoyuan']), title: '关于报送老干部体检名单的通知' }
  const sent = await cloud.ok(BUREAU, 'notice.publish', form)
  expect((await cloud.ok(BUREAU, 'notice.publish', form)).id).toBe(sent.id)
  expect(sent.toWords).toBe('桃园社区')
  const told = (await db.collection('messages').where({ title: '局里的通知：关于报送老干部体检名单的通知' }).get()).data as unknown as {
    to: string
  }[]
  expect(told.map((m) => m.to).sort()).toEqual([STAFF, SECOND_STAFF].sort())

  await ctx.refused(STAFF, 'notice.publish', newNotice(), 'FORBIDDEN')
  expect((await cloud.ok(XINGHUA_STAFF, 'notice.list', {})).notices.map((n) => n.id)).not.toContain(sent.id)
  await ctx.refused(XINGHUA_STAFF, 'notice.read', { noticeId: sent.id }, 'NOT_FOUND')

  const before = await cloud.ok(STAFF, 'notice.list', {})
  expect(before.notices.find((n) => n.id === sent.id)).toMatchObject({ read: false, title: '关于报送老干部体检名单的通知' })
  const { unread } = await cloud.ok(STAFF, 'notice.read', { noticeId: sent.id })
  expect(unread).toBe(before.unread - 1)
  // The community has read it: 黄伟 sees it read too, and reading again changes nothing.
  expect((await cloud.ok(SECOND_STAFF, 'notice.list', {})).notices.find((n) => n.id === sent.id)?.read).toBe(true)
  expect((await cloud.ok(SECOND_STAFF, 'notice.read', { noticeId: sent.id })).unread).toBe(unread)

  const everyone = await cloud.ok(BUREAU, 'notice.publish', { ...newNotice(), title: '元旦春节走访慰问安排' })
  expect(everyone.toWords).toBe('全市各社区')
  expect((await cloud.ok(XINGHUA_STAFF, 'notice.list', {})).notices.map((n) => n.id)).toContain(everyone.id)
  const bureau = await cloud.ok(BUREAU, 'notice.list', {})
  expect(bureau.notices.find((n) => n.id === sent.id)?.readBy).toEqual({ communities: 1, of: 1, notYet: [] })
  expect(bureau.notices.find((n) => n.id === everyone.id)?.readBy).toEqual({ communities: 0, of: 2, notYet: ['桃园社区', '杏花社区'] })
})
