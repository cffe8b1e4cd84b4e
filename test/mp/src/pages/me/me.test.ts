// 我的 → 微信提醒 in the weapp build under miniprogram-simulate, against a real localcloud: the button asks WeChat
// (wx.requestSubscribeMessage, answered here as the person's tap would be) and an 允许 is recorded as one
// reminder the person can receive; 拒绝 records nothing.
import { startLocalCloud, type LocalCloud } from '../../../../support/localcloud'
import { bootWeapp, tap, renderPage, waitForText } from '../../../../support/weapp'
import { PUSH_TEMPLATES } from '../../../../../cloudfunctions/lib/features/push/templates'

let cloud: LocalCloud
const CADRE = 'demo-cadre-wangjianguo'
const asked: string[][] = []
let answer = 'accept'

beforeAll(async () => {
  cloud = await startLocalCloud()
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  wx.requestSubscribeMessage = ({
    tmplIds,
    success,
    complete,
  }: {
    tmplIds: string[]
    success?: (r: object) => void
    complete?: () => void
  }) => {
    asked.push(tmplIds)
    success?.({ errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(tmplIds.map((id) => [id, answer])) })
    complete?.()
  }
  bootWeapp(cloud.url, () => CADRE)
})
afterAll(() => cloud.stop())

const open = async () => (await cloud.ok(CADRE, 'push.status', {})).kinds.find((k) => k.kind === 'service')!.open

it('asks WeChat for one 上门服务提醒 and records the 允许; a 拒绝 records nothing', async () => {
  const me = renderPage('pages/me/index')
  await waitForText(me, '微信提醒')
  expect(me.dom?.textContent).toContain('活动开始提醒')
  expect(me.dom?.textContent).not.toContain('老人生日提醒')

  tap(me, '开通一次上门服务提醒')
  await waitForText(me, '还能收 1 条')
  expect(asked).toEqual([[PUSH_TEMPLATES.service.id]])
  expect(await open()).toBe(1)

  answer = 'reject'
  tap(me, '开通一次上门服务提醒')
  await waitForText(me, '没有开通微信提醒')
  expect(await open()).toBe(1)
})
