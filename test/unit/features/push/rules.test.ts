import { afterSend, fieldValue, pushDate, pushTime, templateData } from '../../../../cloudfunctions/lib/features/push/rules'
import { checkSubscribeMessage } from '../../../../localcloud/emulator/openapi'

describe('subscribe-message fields', () => {
  it('cuts a thing field to WeChat’s 20 characters, ending in …', () => {
    const long = '重阳节老干部书画作品展暨迎新春联欢会第二场（下午场）'
    expect([...fieldValue('thing1', long)]).toHaveLength(20)
    expect(fieldValue('thing1', long).endsWith('…')).toBe(true)
    expect(fieldValue('thing1', '  上门理发 ')).toBe('上门理发')
  })

  it('fills every field of the template, so WeChat never sees an empty one', () => {
    const data = templateData('activity', { thing1: '太极拳', time2: pushTime(new Date('2026-11-24T01:30:00Z')) })
    expect(data).toEqual({ thing1: { value: '太极拳' }, time2: { value: '2026年11月24日 09:30' }, thing3: { value: '—' } })
    expect(checkSubscribeMessage({ touser: 'o', template_id: 't', data })).toBe(0)
    expect(checkSubscribeMessage({ touser: 'o', template_id: 't', data: { thing1: { value: 'x'.repeat(21) } } })).toBe(47003)
  })

  it('writes dates in Shanghai', () => {
    expect(pushDate('2027-02-06')).toBe('2027年2月6日')
    expect(pushTime(new Date('2026-11-23T16:30:00Z'))).toBe('2026年11月24日 00:30')
  })
})

describe('after WeChat answers', () => {
  it('retries only WeChat’s own trouble, and gives up after three tries', () => {
    expect(afterSend(0, 0)).toBe('sent')
    expect(afterSend(43101, 0)).toBe('refused')
    expect(afterSend(-1, 0)).toBe('retry')
    expect(afterSend(45009, 1)).toBe('retry')
    expect(afterSend(-1, 2)).toBe('failed')
    expect(afterSend(47003, 0)).toBe('failed')
  })
})
