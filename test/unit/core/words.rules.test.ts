import { agoWords, byPinyin } from '../../../cloudfunctions/lib/core/words.rules'

describe('agoWords', () => {
  const now = new Date('2026-12-02T10:00:00+08:00')
  const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000)

  it('says how long a request has waited as staff say it at the desk', () => {
    expect(agoWords(before(0.5), now)).toBe('刚刚')
    expect(agoWords(before(12), now)).toBe('12 分钟前')
    expect(agoWords(before(59), now)).toBe('59 分钟前')
    expect(agoWords(before(60), now)).toBe('1 小时前')
    expect(agoWords(before(23 * 60 + 59), now)).toBe('23 小时前')
  })

  it('gives the moment itself after a day, in Shanghai time', () => {
    expect(agoWords(before(26 * 60), now)).toBe('12月1日 08:00')
  })
})

describe('byPinyin', () => {
  it('orders names as a printed roster does, by pinyin rather than by code point', () => {
    expect(['何', '冯', '刘', '陈', '王', '张', '李'].sort(byPinyin)).toEqual(['陈', '冯', '何', '李', '刘', '王', '张'])
  })
})
