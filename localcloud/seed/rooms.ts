// 六室一站 of the demo communities: 桃园's reading room, activity room and party room, 杏花's activity room; one
// reservation staff made for tomorrow afternoon and one request from 王建国 waiting for staff.
import type { Doc } from '../emulator/ejson'
import { addDays, shanghaiDay } from '../../cloudfunctions/lib/core/time.rules'
import { STAFF } from './people'

const room = (
  id: string,
  communityId: string,
  name: string,
  kind: string,
  capacity: number,
  open: number,
  close: number,
  accessibility: string,
) => ({
  c: 'rooms',
  d: { _id: id, communityId, name, kind, capacity, open, close, accessibility, active: true, updatedAt: new Date(0) },
})

export function demoRooms(now: Date): { c: string; d: Doc }[] {
  const tomorrow = shanghaiDay(addDays(now, 1))
  const later = shanghaiDay(addDays(now, 2))
  const reservation = (id: string, day: string, start: number, end: number, purpose: string, extra: Record<string, unknown>) => [
    {
      c: 'roomReservations',
      d: {
        _id: id,
        roomId: 'room-taoyuan-activity',
        roomName: '一楼活动室',
        communityId: 'c-taoyuan',
        day,
        start,
        end,
        purpose,
        by: STAFF[0].openid,
        byName: STAFF[0].name,
        createdAt: now,
        ...extra,
      },
    },
    {
      c: 'roomDays',
      d: { _id: `room-taoyuan-activity:${day}`, roomId: 'room-taoyuan-activity', day, spans: [{ reservationId: id, start, end }] },
    },
  ]
  return [
    room('room-taoyuan-reading', 'c-taoyuan', '老干部阅览室', '阅览室', 20, 510, 1050, '一楼，门口有坡道，有老花镜和放大镜'),
    room('room-taoyuan-activity', 'c-taoyuan', '一楼活动室', '活动室', 40, 480, 1260, '一楼，无台阶，有扶手和卫生间'),
    room('room-taoyuan-party', 'c-taoyuan', '党员活动室', '党员活动室', 30, 510, 1050, '二楼，有电梯'),
    room('room-xinghua-activity', 'c-xinghua', '杏花活动中心', '活动室', 50, 480, 1260, '一楼'),
    ...reservation('room-demo-calligraphy', tomorrow, 840, 960, '书画班', { status: 'confirmed' }),
    ...reservation('room-demo-reunion', later, 540, 630, '老同事聚会', {
      status: 'pending',
      by: 'demo-cadre-wangjianguo',
      byName: '王建国',
      forCadreId: 'cadre-01',
      forCadreName: '王建国',
      people: 8,
    }),
  ]
}
