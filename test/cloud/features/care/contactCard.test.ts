// 联系卡 through the real api: the numbers that matter to 王建国, in the order to call them, ending with 110 and
// 120; his daughter and his community's staff may open it, 杏花's staff and the bureau may not.
import type { LocalCloud } from '../../../support/localcloud'
import { useCloud } from '../../../support/refused'
import { CALLERS, TARGET_CADRE } from '../../../support/callers'
import { STAFF } from '../../../support/arrange'

const ctx = useCloud()
let cloud: LocalCloud
beforeAll(() => {
  ;({ cloud } = ctx)
})

it('lists every number that matters to the cadre, the community first and 110 and 120 last', async () => {
  const card = await cloud.ok(CALLERS.familyPermitted, 'contactCard.get', { cadreId: TARGET_CADRE })
  expect(card.cadreName).toBe('王建国')
  const labels = card.lines.map((l) => l.label)
  expect(card.lines[0]).toEqual({ label: '社区值班电话', who: '桃园社区', phone: '0574-87310000' })
  expect(labels).toEqual(expect.arrayContaining(['家属（子女）', '物业', '社区卫生服务站', '责任医生', '结对志愿者']))
  expect(labels.indexOf('物业')).toBeGreaterThan(labels.indexOf('家属（子女）'))
  expect(card.lines.slice(-2).map((l) => l.phone)).toEqual(['110', '120'])
  // Every number once, and every one dialable.
  expect(new Set(card.lines.map((l) => l.phone)).size).toBe(card.lines.length)
  expect(card.lines.every((l) => /^(\d{3}|1\d{10}|0\d{2,3}-?\d{7,8})$/.test(l.phone))).toBe(true)

  expect((await cloud.ok(STAFF, 'contactCard.get', { cadreId: TARGET_CADRE })).lines).toEqual(card.lines)
  await ctx.refused(CALLERS.staffOther, 'contactCard.get', { cadreId: TARGET_CADRE }, 'FORBIDDEN')
  await ctx.refused(CALLERS.admin, 'contactCard.get', { cadreId: TARGET_CADRE }, 'FORBIDDEN')
})
