// The 联系卡 picture in the weapp build: "存成图片" draws the card on WeChat's offscreen canvas (1080 px wide, every
// number on it), turns it into a file and opens WeChat's own menu to save it or send it to a chat.
import { startLocalCloud, type LocalCloud } from '../../../../../support/localcloud'
import { bootWeapp, renderPage, tap, waitForText } from '../../../../../support/weapp'
import { CALLERS, TARGET_CADRE } from '../../../../../support/callers'

let cloud: LocalCloud
const drawn: string[] = []
const canvases: { width: number; height: number }[] = []
const shared: string[] = []

beforeAll(async () => {
  cloud = await startLocalCloud()
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  // What the phone gives: an offscreen 2D canvas, its picture as a temporary file, and the share-image menu.
  wx.createOffscreenCanvas = ({ width, height }: { width: number; height: number }) => {
    canvases.push({ width, height })
    const pen = { fillRect: () => undefined, fillText: (text: string) => drawn.push(text) }
    return { width, height, getContext: () => pen }
  }
  wx.canvasToTempFilePath = ({ success }: { success: (r: object) => void }) =>
    success({ errMsg: 'canvasToTempFilePath:ok', tempFilePath: 'wxfile://tmp_contact_card.png' })
  // Taro passes this one straight through without callbacks; WeChat then answers with a promise.
  wx.showShareImageMenu = ({ path, success }: { path: string; success?: (r: object) => void }) => {
    shared.push(path)
    const answer = { errMsg: 'showShareImageMenu:ok' }
    return success ? success(answer) : Promise.resolve(answer)
  }
  bootWeapp(cloud.url, () => CALLERS.cadreSelf)
})
afterAll(() => cloud.stop())

it('draws every number of the card on an offscreen canvas and offers the picture in WeChat’s share menu', async () => {
  const card = await cloud.ok(CALLERS.cadreSelf, 'contactCard.get', { cadreId: TARGET_CADRE })
  const page = renderPage('packages/care/contactCard/index', { cadreId: TARGET_CADRE })
  await waitForText(page, '存成图片')
  tap(page, '存成图片')
  await waitForText(page, '图片做好了')
  expect(canvases).toEqual([expect.objectContaining({ width: 1080 })])
  expect(drawn[0]).toBe(`${card.cadreName} 联系卡`)
  for (const line of card.lines) expect(drawn).toContain(line.phone)
  expect(shared).toEqual(['wxfile://tmp_contact_card.png'])
})
