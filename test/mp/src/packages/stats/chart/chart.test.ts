// Where WeChat gives a type="2d" canvas, the figures' twelve months are drawn on it, and one press turns them
// into the table.
import { tap, waitForText } from '../../../../../support/weapp'
import { monthWords, useDashboard } from './dashboard'

const drawn: string[] = []

/** WeChat's answer for a type="2d" canvas: its node, sized, with a context that keeps the words written on it. */
function canvasQuery() {
  const pen = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) =>
      key in target
        ? target[key]
        : key === 'measureText'
          ? (text: string) => ({ width: text.length * 16 })
          : key === 'fillText'
            ? (text: string) => drawn.push(String(text))
            : () => undefined,
    set: (target, key, value) => {
      target[key] = value
      return true
    },
  })
  const canvas = { width: 0, height: 0, getContext: () => pen }
  const query = {
    in: () => query,
    select: () => query,
    fields: () => query,
    exec: (done: (res: object[]) => void) => setTimeout(() => done([{ node: canvas, width: 360, height: 240 }]), 0),
  }
  return () => query
}

const open = useDashboard()
beforeAll(() => {
  ;(globalThis as unknown as { wx: Record<string, unknown> }).wx.createSelectorQuery = canvasQuery()
})

it('draws the months on the phone’s 2D canvas and turns them into the table with one press', async () => {
  const page = open()
  await waitForText(page, '看成表格')
  const thisMonth = monthWords().replace(/^\d+年/, '')
  const deadline = Date.now() + 10_000
  while (!drawn.includes(thisMonth) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  expect(drawn).toContain(thisMonth)
  expect(page.dom?.textContent).not.toContain(monthWords(11))
  tap(page, '看成表格')
  await waitForText(page, monthWords(11))
  await waitForText(page, '看成图')
})
