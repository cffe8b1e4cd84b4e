import rules from '../../../cloudfunctions/lib/db/security-rules.json'
import indexes from '../../../cloudfunctions/lib/db/indexes.json'
import { C } from '../../../cloudfunctions/lib/db/collections'

it('closes every collection to direct client access', () => {
  expect([...rules.collections].sort()).toEqual(Object.values(C).sort())
  expect(rules.rules).toEqual({ read: false, write: false })
})

it('declares indexes only on collections that exist', () => {
  const known = new Set<string>(Object.values(C))
  expect(indexes.filter((i) => !known.has(i.collection))).toEqual([])
})
