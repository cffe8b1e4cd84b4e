// The binding form in the weapp build: WeChat's phone-number button fills in the number WeChat verified (the code
// it hands the page is traded by the api function, against a real localcloud), and the approver is told so.
import { startLocalCloud, type LocalCloud } from '../../../../../support/localcloud'
import { bootWeapp, renderPage, tap, waitForText } from '../../../../../support/weapp'
import { phoneCode } from '../../../../../support/arrange'
import { DEMO } from '../../../../../support/callers'

let cloud: LocalCloud
interface Node {
  tagName?: string
  attrs?: { name: string; value: unknown }[]
  children?: (Node | string)[]
}

beforeAll(async () => {
  cloud = await startLocalCloud()
  bootWeapp(cloud.url, () => DEMO.newcomer)
})
afterAll(() => cloud.stop())

it('fills in the number WeChat verified when the family member allows it, and asks for typing when they do not', async () => {
  const form = renderPage('packages/family/bind/index')
  await waitForText(form, '用微信里的手机号')
  // His name is known (me.get answered): the form then has no name box, only the boxes checked below.
  await waitForText(form, '申请人：刘洋')

  tap(form, '用微信里的手机号', 'getphonenumber', { errMsg: 'getPhoneNumber:fail user deny' })
  await waitForText(form, '没有用微信的手机号，请在上面自己填写。')

  const code = await phoneCode(cloud, '13600005555')
  tap(form, '用微信里的手机号', 'getphonenumber', { errMsg: 'getPhoneNumber:ok', code })
  await waitForText(form, '已填好微信验证过的手机号 13600005555')
  // The phone box (the first: 刘洋's name is known here) holds the number; the cadre's name and digits are still empty.
  const values = (n: Node): unknown[] => [
    ...(n.tagName === 'wx-input' ? [n.attrs?.find((a) => a.name === 'value')?.value] : []),
    ...(n.children ?? []).flatMap((c) => (typeof c === 'string' ? [] : values(c))),
  ]
  expect(values(form.toJSON() as unknown as Node)).toEqual(['13600005555', '', ''])
})
