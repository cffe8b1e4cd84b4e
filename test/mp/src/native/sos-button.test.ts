// The hand-written 一键通 button in miniprogram-simulate (as WeChat renders it): a press counts down, 取消 stops it
// with nothing sent, and a countdown that runs out sends `confirm` exactly once. (The countdown runs on
// jest's fake timers, so no test waits for real seconds.)
import path from 'node:path'
import simulate from 'miniprogram-simulate'

const id = simulate.load(path.resolve(__dirname, '../../../../src/native/sos-button/index'), { compiler: 'official' } as never)

function render(seconds = 5) {
  const comp = simulate.render(id, { seconds })
  comp.attach(document.createElement('parent-wrapper'))
  const fired: string[] = []
  const trigger = comp.instance.triggerEvent.bind(comp.instance)
  comp.instance.triggerEvent = (name: string, detail?: unknown) => {
    fired.push(name)
    trigger(name, detail)
  }
  return { comp, fired, text: () => comp.dom?.textContent?.replace(/\s+/g, ' ').trim() ?? '' }
}

// simulate delivers a tap on a real timer of its own; the component's countdown runs on jest's fake timers.
const realSetTimeout = globalThis.setTimeout
const tapOn = async (comp: ReturnType<typeof simulate.render>, selector: string) => {
  const target = comp.querySelector(selector)
  if (!target) throw new Error(`no ${selector}`)
  target.dispatchEvent('tap')
  await new Promise((resolve) => realSetTimeout(resolve, 20))
}

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

it('shows the big button with how long there is to cancel', () => {
  const { text } = render()
  expect(text()).toContain('一键求助')
  expect(text()).toContain('按下后 5 秒内可以取消')
})

it('counts down after a press, and 取消 stops it with nothing sent', async () => {
  const { comp, fired, text } = render()
  await tapOn(comp, '.sos-press')
  expect(text()).toContain('5秒后呼叫社区')
  jest.advanceTimersByTime(2000)
  expect(text()).toContain('3秒后呼叫社区')
  await tapOn(comp, '.sos-cancel')
  jest.advanceTimersByTime(10_000)
  expect(fired).toEqual(['start', 'cancel'])
  expect(text()).toContain('一键求助')
})

it('sends confirm once when the countdown runs out, and is ready again', async () => {
  const { comp, fired, text } = render(3)
  await tapOn(comp, '.sos-press')
  // While counting there is no button to press again: only 取消.
  expect(comp.querySelector('.sos-press')).toBeFalsy()
  jest.advanceTimersByTime(3000)
  jest.advanceTimersByTime(10_000)
  expect(fired).toEqual(['start', 'confirm'])
  expect(text()).toContain('按下后 3 秒内可以取消')
})
