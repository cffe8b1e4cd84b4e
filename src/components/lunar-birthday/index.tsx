// The lunar birthday as the elder says it: the month (正月 … 腊月), the day (初一 … 三十), and whether it is a leap
// month. Used when registering a cadre and when correcting the record.
import { View } from '@tarojs/components'
import { Choice } from '../controls'

export interface LunarDate {
  month: number
  day: number
  leap: boolean
}

const MONTHS = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'] as const
const TENS = ['初', '十', '廿', '三']
const DIGITS = ['十', '一', '二', '三', '四', '五', '六', '七', '八', '九']
/** 初一 … 初十, 十一 … 二十, 廿一 … 三十. */
const DAYS = Array.from({ length: 30 }, (_, i) => {
  const d = i + 1
  if (d === 10) return '初十'
  if (d === 20) return '二十'
  if (d === 30) return '三十'
  return `${TENS[Math.floor(d / 10)]}${DIGITS[d % 10]}`
})
const YES_NO = ['是', '否'] as const

/** Cadres retiring now were born up to about 50 years ago; the wheel opens among the years most of them were born. */
export const BIRTH_WHEEL = { start: '1915-01-01', end: `${new Date().getFullYear() - 50}-12-31`, opensAt: '1945-01-01' }
export const CALENDARS = { 过公历生日: 'solar', 过农历生日: 'lunar' } as const

/** What has been chosen so far: a month and a day make a date; until then the parts chosen are kept. */
export interface LunarChoice {
  month: number | null
  day: number | null
  leap: boolean
}

export const complete = (c: LunarChoice): LunarDate | null => (c.month && c.day ? { month: c.month, day: c.day, leap: c.leap } : null)

export function LunarBirthday({ value, onChange }: { value: LunarChoice; onChange: (next: LunarChoice) => void }) {
  return (
    <View>
      <Choice
        label='农历生日：几月'
        options={MONTHS}
        value={value.month ? MONTHS[value.month - 1] : null}
        onChange={(m) => onChange({ ...value, month: MONTHS.indexOf(m) + 1 })}
      />
      <Choice
        label='农历生日：哪一天'
        options={DAYS}
        value={value.day ? DAYS[value.day - 1] : null}
        onChange={(d) => onChange({ ...value, day: DAYS.indexOf(d) + 1 })}
      />
      <Choice
        label='是不是闰月'
        options={YES_NO}
        value={value.leap ? '是' : '否'}
        onChange={(l) => onChange({ ...value, leap: l === '是' })}
      />
    </View>
  )
}
