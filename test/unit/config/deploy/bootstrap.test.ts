// The first-run setup writes the community, its default service catalogue and the invite codes, as the
// database's command interface reads them (dates as extended JSON).
import { bootstrapDocs, bootstrapInput, toExtended } from '../../../../config/deploy/bootstrap'
import { DEFAULT_CATALOG } from '../../../../cloudfunctions/lib/features/services/rules'
import { NEW_COMMUNITY } from '../../../support/arrange'

const input = { ...NEW_COMMUNITY, bureau: '市老干部局 吴强' }

it('writes the community, its catalogue and one invite for its first staff member (and one for the bureau)', () => {
  const now = new Date('2026-12-02T08:00:00+08:00')
  const docs = bootstrapDocs(bootstrapInput.parse(input), { staff: '12345678', bureau: '87654321' }, now)
  expect(docs.communities).toEqual([
    { _id: 'c-meiyuan', name: '梅园社区', district: '鄞州区', dutyPhone: '0574-88990000', address: '宁波市鄞州区梅园路 1 号' },
  ])
  expect(docs.serviceTypes.map((s) => s._id)).toEqual(DEFAULT_CATALOG.map((s) => `c-meiyuan:${s.key}`))
  expect(docs.bindingCodes).toEqual([
    expect.objectContaining({ _id: '12345678', purpose: 'staff', name: '周敏', communityId: 'c-meiyuan', prefix: '1234' }),
    expect.objectContaining({ _id: '87654321', purpose: 'admin', name: '市老干部局 吴强', prefix: '8765' }),
  ])
  expect(toExtended(docs.bindingCodes[0])).toMatchObject({ expiresAt: { $date: '2026-12-16T00:00:00.000Z' } })
})

it('refuses a community id or phone that is not what the records use', () => {
  const r = bootstrapInput.safeParse({ ...input, communityId: '梅园', dutyPhone: '电话' })
  expect(r.success).toBe(false)
  expect(r.error?.issues.map((i) => i.message)).toEqual(['社区编号只用小写字母、数字和短横线，如 c-taoyuan', '值班电话只写数字和短横线'])
})
