import { dueAtFor, dueWords, isOverdue, statusAfterReply } from '../../../../cloudfunctions/lib/features/voice/rules'

const sent = new Date('2026-12-01T10:00:00+08:00')
const hoursLater = (h: number) => new Date(sent.getTime() + h * 3600_000)

it('gives a complaint three days, an opinion seven and a suggestion ten', () => {
  expect(dueAtFor('投诉', sent)).toEqual(hoursLater(72))
  expect(dueAtFor('意见', sent)).toEqual(hoursLater(168))
  expect(dueAtFor('建议', sent)).toEqual(hoursLater(240))
})

it('counts the days left whole, says today, then how long it is overdue; nothing once finished', () => {
  const open = { status: 'new' as const, dueAt: dueAtFor('投诉', sent) }
  expect(dueWords(open, sent)).toBe('还有 3 天办结')
  expect(dueWords(open, hoursLater(50))).toBe('还有 1 天办结')
  expect(dueWords(open, hoursLater(72))).toBe('今天到期')
  expect(isOverdue(open, hoursLater(72))).toBe(false)
  expect(dueWords(open, hoursLater(73))).toBe('已超期 1 天')
  expect(isOverdue(open, hoursLater(73))).toBe(true)
  expect(dueWords(open, hoursLater(72 + 49))).toBe('已超期 2 天')
  const closed = { ...open, status: 'closed' as const }
  expect(dueWords(closed, hoursLater(200))).toBe('')
  expect(isOverdue(closed, hoursLater(200))).toBe(false)
})

it('accepts with the first reply and finishes only when the reply says so', () => {
  expect(statusAfterReply(false)).toBe('handling')
  expect(statusAfterReply(true)).toBe('closed')
})
