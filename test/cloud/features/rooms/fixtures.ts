// A valid input for each room action, made fresh for each call (the gates call every action as every caller).
import type { roomsContracts } from '../../../../cloudfunctions/lib/features/rooms/contract'
import { dayAfter, shanghaiDay } from '../../../../cloudfunctions/lib/core/time.rules'
import { toClock } from '../../../../cloudfunctions/lib/features/services/slots.rules'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { Fixture } from '../../../support/arrange'
import { hostNow } from '../../../support/clock'

export const READING_ROOM = 'room-taoyuan-reading'
export const ACTIVITY_ROOM = 'room-taoyuan-activity'

let asked = 0
/** A half hour of the reading room nobody has asked for yet: every call takes the next one. */
export function freeHalfHour() {
  const n = asked++
  const start = 510 + (n % 18) * 30
  return {
    requestId: `room-form-${process.pid}-${n}`,
    roomId: READING_ROOM,
    date: dayAfter(shanghaiDay(hostNow()), 3 + Math.floor(n / 18)),
    start: toClock(start),
    end: toClock(start + 30),
  }
}

export const roomsFixtures: { [A in keyof typeof roomsContracts]: Fixture<A> } = {
  'room.list': async () => ({ input: { cadreId: TARGET_CADRE } }),
  'room.save': async () => ({
    input: { name: '书画室', kind: '书画室', capacity: 12, open: '08:30', close: '17:00', accessibility: '一楼', active: true },
  }),
  'room.reserve': async () => ({ input: { cadreId: TARGET_CADRE, ...freeHalfHour(), purpose: '老同事下棋', people: 4 } }),
  'room.week': async () => ({ input: { cadreId: TARGET_CADRE, roomId: ACTIVITY_ROOM } }),
  'room.decide': async (cloud) => {
    const asked = await cloud.ok(CALLERS.cadreSelf, 'room.reserve', { cadreId: TARGET_CADRE, ...freeHalfHour(), purpose: '读书会' })
    return { input: { reservationId: asked.id, approve: true } }
  },
}
