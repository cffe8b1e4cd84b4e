// A notice the bureau sent every community last week (桃园 has read it, 杏花 not yet), and 桃园's first party branch.
import type { Doc } from '../emulator/ejson'
import { ADMIN, STAFF } from './people'

export function demoNotices(now: Date): { c: string; d: Doc }[] {
  const id = 'notice-demo-winter'
  return [
    {
      c: 'notices',
      d: {
        _id: id,
        title: '关于做好冬季老干部走访慰问工作的通知',
        body: '各社区：\n请在元旦前走访慰问辖区内的离退休干部，重点看望独居、患病和高龄的老同志，并于 12 月 31 日前把走访台帐报局里。',
        publishedBy: ADMIN.openid,
        publishedByName: '市委老干部局',
        publishedAt: new Date(now.getTime() - 7 * 86_400_000),
      },
    },
    { c: 'noticeReads', d: { _id: `${id}:c-taoyuan`, noticeId: id, communityId: 'c-taoyuan', openid: STAFF[0].openid, at: now } },
  ]
}

/** 桃园's first retired cadres' party branch: 王建国 its secretary, eight members. */
export function demoBranches(now: Date): { c: string; d: Doc }[] {
  return [
    {
      c: 'branches',
      d: {
        _id: 'branch-taoyuan-1',
        name: '桃园社区离退休干部第一党支部',
        communityIds: ['c-taoyuan'],
        secretaryId: 'cadre-01',
        memberIds: ['cadre-01', 'cadre-02', 'cadre-03', 'cadre-05', 'cadre-06', 'cadre-07', 'cadre-09', 'cadre-10'],
        updatedAt: now,
      },
    },
  ]
}
