// A date, month or time chosen on a wheel (WeChat's own picker on the phone, Taro's on H5), never typed: the
// field shows the choice in words ("2026年12月1日 周二", "每年 1月1日") and says it can be changed.
import { Picker, Text, View } from '@tarojs/components'
import { pickedWords, type PickMode } from '../../days'
import { Button, focusable } from '../controls'
import './index.css'

/** A year without 29 February, so a yearly day always exists. */
const ANY_YEAR = '2025'

interface PickFieldProps {
  label: string
  mode: PickMode
  /** 'YYYY-MM-DD', 'YYYY-MM', 'HH:mm' or 'MM-DD'; '' when nothing is chosen yet. */
  value: string
  onChange: (v: string) => void
  /** Where the wheel opens while nothing is chosen (a birth date opens in the 1940s, not today). */
  opensAt?: string
  start?: string
  end?: string
  testId?: string
}

export function PickField({ label, mode, value, onChange, opensAt, start, end, testId }: PickFieldProps) {
  const words = pickedWords(mode, value)
  const shown = value || opensAt || ''
  const yearly = mode === 'monthDay'
  return (
    <View className='field'>
      <Text className='field__label'>{label}</Text>
      <Picker
        mode={mode === 'time' ? 'time' : 'date'}
        fields={mode === 'month' ? 'month' : 'day'}
        value={mode === 'month' && shown ? `${shown}-01` : yearly ? `${ANY_YEAR}-${shown || '01-01'}` : shown}
        start={yearly ? `${ANY_YEAR}-01-01` : start}
        end={yearly ? `${ANY_YEAR}-12-31` : end}
        textProps={{ okText: '选好了', cancelText: '不改了' }}
        onChange={(e: { detail: { value: unknown } }) => onChange(yearly ? String(e.detail.value).slice(5) : String(e.detail.value))}
      >
        <View
          className='field__input pick'
          role='button'
          // Spaced words: the name must contain the visible words whole, for voice control and the a11y check.
          aria-label={`${label} ${words || '还没选'} 点这里${words ? '换' : '选'}`}
          data-testid={testId}
          {...focusable}
        >
          <Text className={words ? 'pick__value' : 'pick__value pick__value--empty'}>{words || '点这里选'}</Text>
          <Text className='pick__hint' aria-hidden='true'>
            ›
          </Text>
        </View>
      </Picker>
    </View>
  )
}

/** The month 'YYYY-MM' moved by `delta` months. */
export function monthFrom(month: string, delta: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1))
  return d.toISOString().slice(0, 7)
}

/** 看哪个月: a month wheel back `yearsBack` years to this month, and 上个月 / 下个月 beside it (never past this month). */
export function MonthField({
  month,
  thisMonth,
  yearsBack,
  onChange,
}: {
  month: string
  thisMonth: string
  yearsBack: number
  onChange: (month: string) => void
}) {
  return (
    <View>
      <PickField
        label='看哪个月'
        mode='month'
        value={month}
        onChange={onChange}
        start={`${Number(thisMonth.slice(0, 4)) - yearsBack}-01-01`}
        end={`${thisMonth}-01`}
        testId='month'
      />
      <View className='row'>
        <Button label='‹ 上个月' onPress={() => onChange(monthFrom(month, -1))} />
        {month < thisMonth ? <Button label='下个月 ›' onPress={() => onChange(monthFrom(month, 1))} /> : null}
      </View>
    </View>
  )
}
