// Database round trips per room action, the worst over every caller allowed to make it (bench/budgets.ts says why).
import type { roomsContracts } from '../../../../cloudfunctions/lib/features/rooms/contract'

export const roomsRoundTrips: { [A in keyof typeof roomsContracts]: number } = {
  'room.list': 5,
  'room.save': 4,
  'room.reserve': 13,
  'room.week': 7,
  'room.decide': 7,
}
