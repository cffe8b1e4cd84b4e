// Where WeChat gives no 2D canvas (an old base library, and this simulator as it is) the figures' twelve months
// show as a table, and no button offers a chart that cannot be drawn.
import { waitForPage, waitForText } from '../../../../../support/weapp'
import { monthWords, useDashboard } from './dashboard'

const open = useDashboard()

it('shows the twelve months as a table, with no chart button, where the phone gives no canvas', async () => {
  const page = open()
  await waitForPage(page, (t) => t.includes('十二个月的走势') && !t.includes('看成表格'), 'the table instead of the chart')
  // The first of the twelve months is only in the table (the month field shows this month).
  await waitForText(page, monthWords(11))
  expect(page.dom?.textContent).not.toContain('看成图')
})
