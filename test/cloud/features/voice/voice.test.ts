// 意见建议 through the real api and daily functions: a daughter's opinion reaches the community once however often
// she presses, staff accept, answer and finish it and she rates the answer; a complaint nobody finishes reaches the
// bureau when its day has passed (host clock moved), once, and the bureau takes it over; 杏花 sees nothing of 桃园.
import type { LocalCloud } from '../../../support/localcloud'
import { startEachTestFromHere, useCloud } from '../../../support/refused'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { assignedBooking, STAFF } from '../../../support/arrange'
import type { Database } from '../../../../cloudfunctions/lib/db/types'
import { newVoice } from './fixtures'
import { hostNow } from '../../../support/clock'

const ctx = useCloud()
let cloud: LocalCloud
let db: Database
beforeAll(() => {
  ;({ cloud, db } = ctx)
})
startEachTestFromHere(ctx)
afterEach(() => cloud.post('/__cloud/clock', undefined, 'DELETE'))

const { familyPermitted: DAUGHTER, cadreSelf: CADRE, staffOther: XINGHUA_STAFF, admin: BUREAU } = CALLERS
const messagesTo = async (openid: string) =>
  (await db.collection('messages').where({ to: openid }).get()).data as unknown as { title: string }[]
const moveClockTo = (at: Date) => cloud.post('/__cloud/clock', { now: at.toISOString() })

it('takes a daughter’s opinion once, lets staff accept, answer and finish it, and her rate the answer', async () => {
  const form = newVoice('楼道的灯坏了一个月，晚上下楼看不见')
  const sent = await cloud.ok(DAUGHTER, 'voice.submit', form)
  // Pressing 发送 again (or a retry after a lost answer) finds the first.
  expect((await cloud.ok(DAUGHTER, 'voice.submit', form)).id).toBe(sent.id)
  expect((await db.collection('voices').where({ cadreId: TARGET_CADRE, text: form.text }).count()).total).toBe(1)
  expect(sent).toMatchObject({ kind: '意见', status: 'new', statusWords: '待受理', dueWords: '还有 7 天办结', overdue: false })
  expect(sent.fromWords).toMatch(/^家属 .+ 代老人发$/)
  expect((await messagesTo(STAFF)).map((m) => m.title)).toContain('王建国（家属代发）的意见')

  // The community's desk has it; 杏花's staff neither see it nor may answer it.
  const desk = await cloud.ok(STAFF, 'voice.list', {})
  expect(desk.voices.map((v) => v.id)).toContain(sent.id)
  expect((await cloud.ok(XINGHUA_STAFF, 'voice.list', {})).voices.map((v) => v.id)).not.toContain(sent.id)
  await ctx.refused(XINGHUA_STAFF, 'voice.list', { cadreId: TARGET_CADRE }, 'FORBIDDEN')
  await ctx.refused(XINGHUA_STAFF, 'voice.reply', { voiceId: sent.id, text: '收到', close: false }, 'FORBIDDEN')
  await ctx.refused(CADRE, 'voice.reply', { voiceId: sent.id, text: '收到', close: false }, 'FORBIDDEN')
  // Not finished yet: nothing to rate, and the bureau leaves it to the community until its day has passed.
  await ctx.refused(DAUGHTER, 'voice.rate', { voiceId: sent.id, stars: 5 }, 'VOICE_NOT_CLOSED')
  await ctx.refused(BUREAU, 'voice.reply', { voiceId: sent.id, text: '请尽快办理', close: false }, 'VOICE_NOT_OVERDUE')

  const accepted = await cloud.ok(STAFF, 'voice.reply', { voiceId: sent.id, text: '已联系物业，三天内换好', close: false })
  expect(accepted).toMatchObject({ status: 'handling', statusWords: '办理中' })
  const finished = await cloud.ok(STAFF, 'voice.reply', { voiceId: sent.id, text: '物业已经换好了灯', close: true })
  expect(finished).toMatchObject({ status: 'closed', statusWords: '已办结', dueWords: '' })
  expect(finished.replies.map((r) => [r.whoWords.startsWith('社区 '), r.text, r.closed])).toEqual([
    [true, '已联系物业，三天内换好', false],
    [true, '物业已经换好了灯', true],
  ])
  await ctx.refused(STAFF, 'voice.reply', { voiceId: sent.id, text: '补充一句', close: false }, 'VOICE_CLOSED')
  expect((await messagesTo(DAUGHTER)).map((m) => m.title)).toEqual(expect.arrayContaining(['社区答复了您的意见', '社区办结了您的意见']))

  // The daughter and the cadre both see every reply; either may rate, once.
  const mine = await cloud.ok(CADRE, 'voice.list', { cadreId: TARGET_CADRE })
  expect(mine.voices[0]).toMatchObject({ id: sent.id, canRate: true })
  expect(mine.voices[0].replies).toHaveLength(2)
  const rated = await cloud.ok(DAUGHTER, 'voice.rate', { voiceId: sent.id, stars: 4, words: '办得快' })
  expect(rated).toMatchObject({ rating: { stars: 4, words: '办得快' }, canRate: false })
  await ctx.refused(CADRE, 'voice.rate', { voiceId: sent.id, stars: 1 }, 'VOICE_RATED')
})

it('refuses a complaint about someone else’s visit, and names the provider of one’s own', async () => {
  const visit = await assignedBooking(cloud)
  await ctx.refused(DAUGHTER, 'voice.submit', { ...newVoice(), kind: '投诉', cadreId: 'cadre-03', bookingId: visit.id }, 'FORBIDDEN')
  await ctx.refused(DAUGHTER, 'voice.submit', { ...newVoice(), kind: '建议', bookingId: visit.id }, 'BAD_INPUT')
  const complaint = await cloud.ok(DAUGHTER, 'voice.submit', { ...newVoice('送来的饭是凉的'), kind: '投诉', bookingId: visit.id })
  expect(complaint).toMatchObject({ kind: '投诉', providerName: visit.provider?.name, dueWords: '还有 3 天办结' })
  expect(complaint.aboutWords).toContain('送餐')
})

it('brings a complaint nobody finished to the bureau once its day has passed, once, and lets the bureau take it over', async () => {
  const sent = await cloud.ok(CADRE, 'voice.submit', { ...newVoice('上门理发的师傅迟到两个小时'), kind: '投诉' })
  expect((await cloud.ok(BUREAU, 'voice.list', {})).voices.map((v) => v.id)).not.toContain(sent.id)

  // Four days on: past the complaint's three days.
  await moveClockTo(new Date(hostNow().getTime() + 4 * 24 * 3600_000))
  const overdue = await cloud.ok(BUREAU, 'voice.list', {})
  expect(overdue.voices.find((v) => v.id === sent.id)).toMatchObject({ overdue: true, dueWords: '已超期 1 天' })
  expect((await cloud.ok(STAFF, 'voice.list', {})).voices.find((v) => v.id === sent.id)).toMatchObject({ overdue: true })

  // The daily job tells the bureau, however often it runs.
  await cloud.post('/__cloud/timers/daily')
  await cloud.post('/__cloud/timers/daily')
  const told = (await messagesTo(BUREAU)).filter((m) => m.title.includes('王建国的投诉'))
  expect(told.map((m) => m.title)).toEqual(['超期没办结：桃园社区王建国的投诉'])

  const taken = await cloud.ok(BUREAU, 'voice.reply', { voiceId: sent.id, text: '局里已督促社区，明天上门道歉', close: false })
  expect(taken).toMatchObject({ takenOver: true, status: 'handling' })
  expect(taken.replies[0].whoWords).toMatch(/^老干部局 .+（督办）$/)
  expect((await messagesTo(STAFF)).map((m) => m.title)).toContain('老干部局督办：王建国的投诉')
  await cloud.ok(BUREAU, 'voice.reply', { voiceId: sent.id, text: '社区已上门道歉，老人满意', close: true })
  const after = await cloud.ok(BUREAU, 'voice.list', {})
  expect(after.voices.find((v) => v.id === sent.id)).toMatchObject({ status: 'closed', takenOver: true })
})
