// Figures people would rather look at than read: one row per item with its words, a bar as long as its share of
// the largest, and the number itself — the bar is drawing only (hidden from screen readers), the row reads as
// "桃园社区 92%", so the chart is its own table on old phones and to TalkBack alike. Rows that open something are
// buttons in a group (a list may hold only list items).
import { Text, View } from '@tarojs/components'
import './index.css'

export interface Bar {
  key: string
  label: string
  value: number | null
  /** Shown instead of the number, e.g. "—" for nothing to measure. */
  words?: string
}

export function BarList({ bars, unit, onOpen, label }: { bars: Bar[]; unit: string; onOpen?: (key: string) => void; label: string }) {
  const top = Math.max(1, ...bars.map((b) => b.value ?? 0))
  return (
    <View className='bars' role={onOpen ? 'group' : 'list'} aria-label={label}>
      {bars.map((b) => {
        const words = b.words ?? (b.value === null ? '—' : `${b.value}${unit === '%' ? '%' : ` ${unit}`}`)
        return (
          <View
            key={b.key}
            className={`bars__row ${onOpen ? 'bars__row--open' : ''}`}
            role={onOpen ? 'button' : 'listitem'}
            aria-label={`${b.label} ${b.value === null ? '没有数' : words}`}
            onClick={onOpen ? () => onOpen(b.key) : undefined}
          >
            <View className='bars__words'>
              <Text className='t-body'>{b.label}</Text>
              <Text className='t-strong'>{words}</Text>
            </View>
            <View className='bars__track' aria-hidden='true'>
              <View className='bars__fill' style={{ width: `${Math.round(((b.value ?? 0) / top) * 100)}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
