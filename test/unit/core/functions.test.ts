// The mini-program calls the function that serves an action by its name alone: every action of the office
// function's contracts is named for the office, every other for api, and none is served by both.
import { apiContracts } from '../../../cloudfunctions/lib/api.contracts'
import { officeContracts } from '../../../cloudfunctions/lib/office.contracts'
import { functionOf } from '../../../cloudfunctions/lib/core/functions'

it('sends each action to the one function whose contracts hold it', () => {
  const office = Object.keys(officeContracts)
  const api = Object.keys(apiContracts)
  expect(office.filter((a) => functionOf(a) !== 'office')).toEqual([])
  expect(api.filter((a) => functionOf(a) !== 'api')).toEqual([])
  expect(office.filter((a) => api.includes(a))).toEqual([])
  expect(office).toEqual(expect.arrayContaining(['stats.overview', 'ledger.export']))
})
