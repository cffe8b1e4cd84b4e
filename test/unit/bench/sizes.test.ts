// Size budgets hold for the built output (npm test builds before it runs the tests).
import { BUDGETS } from '../../../bench/budgets'
import { functionSizes, weappSizes } from '../../../bench/sizes'

it('keeps the weapp main package and every subpackage within budget', () => {
  const { main, subpackages } = weappSizes()
  expect(main).toBeLessThanOrEqual(BUDGETS.weappMainBytes)
  expect(Object.keys(subpackages).length).toBeGreaterThan(0)
  for (const [root, bytes] of Object.entries(subpackages)) expect([root, bytes <= BUDGETS.weappSubpackageBytes]).toEqual([root, true])
})

it('keeps every cloud function bundle within budget, with wx-server-sdk left out', () => {
  const sizes = functionSizes()
  expect(Object.keys(sizes).sort()).toEqual(['api', 'daily', 'minutely', 'office'])
  for (const [fn, bytes] of Object.entries(sizes)) expect([fn, bytes <= BUDGETS.functionBundleBytes]).toEqual([fn, true])
})
