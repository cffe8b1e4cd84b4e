// The room actions by name; the router checks each one's contract (./contract.ts) before its handler runs.
import type { Handlers } from '../../core/handler'
import type { roomsContracts } from './contract'
import { decideReservation, listRooms, reserveRoom, roomWeek, saveRoom } from './rooms'

export const roomsHandlers: Handlers<keyof typeof roomsContracts> = {
  'room.list': listRooms,
  'room.save': saveRoom,
  'room.reserve': reserveRoom,
  'room.week': roomWeek,
  'room.decide': decideReservation,
}
