import { reservationProblem, statusAfterDecision, weekFrom } from '../../../../cloudfunctions/lib/features/rooms/rules'

const room = { open: 8 * 60, close: 21 * 60 }
const now = new Date('2026-12-02T10:00:00+08:00')
const want = (start: number, end: number, day = '2026-12-05') => ({ day, start, end, reservationId: 'new' })
const taken = [{ reservationId: 'a', start: 14 * 60, end: 15 * 60 }]

it('lends a free half-hour-aligned time inside opening hours, up to 60 days ahead', () => {
  expect(reservationProblem(room, want(15 * 60, 16 * 60), taken, now)).toBeNull()
  expect(reservationProblem(room, want(13 * 60, 14 * 60), taken, now)).toBeNull()
  expect(reservationProblem(room, want(8 * 60, 21 * 60, '2027-01-30'), [], now)).toBeNull()
})

it('says in words what is wrong with a time', () => {
  expect(reservationProblem(room, want(14 * 60 + 30, 15 * 60 + 30), taken, now)).toEqual({
    code: 'ROOM_TAKEN',
    message: '14:00–15:00 已经借出去了，请换个时间',
  })
  expect(reservationProblem(room, want(9 * 60 + 15, 10 * 60), [], now)?.message).toBe('请按整点或半点选开始和结束时间')
  expect(reservationProblem(room, want(10 * 60, 10 * 60), [], now)?.message).toBe('结束时间要晚于开始时间')
  expect(reservationProblem(room, want(20 * 60, 22 * 60), [], now)?.message).toBe('这间屋子开放时间是 08:00–21:00，请在这个时间里选')
  expect(reservationProblem(room, want(10 * 60, 11 * 60, '2026-12-01'), [], now)?.message).toBe('不能借已经过去的日子')
  expect(reservationProblem(room, want(10 * 60, 11 * 60, '2027-01-31'), [], now)?.message).toBe('最多只能借 60 天以内的')
})

it('does not hold a reservation against itself', () => {
  expect(reservationProblem(room, { ...want(14 * 60, 15 * 60), reservationId: 'a' }, taken, now)).toBeNull()
})

it('agrees or refuses a request, cancels only one agreed, and leaves the settled alone', () => {
  expect(statusAfterDecision('pending', true)).toBe('confirmed')
  expect(statusAfterDecision('pending', false)).toBe('rejected')
  expect(statusAfterDecision('confirmed', false)).toBe('cancelled')
  expect(statusAfterDecision('confirmed', true)).toBeNull()
  expect(statusAfterDecision('cancelled', false)).toBeNull()
})

it('shows seven days from the one asked for, across a month end', () => {
  expect(weekFrom('2026-12-29')).toEqual(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'])
})
