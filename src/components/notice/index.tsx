import { View, Text } from '@tarojs/components'
import './index.css'

/** A message in words with a sign in front, so it never depends on colour alone. */
export function Notice({ kind, text }: { kind: 'error' | 'ok' | 'info'; text: string }) {
  const sign = kind === 'error' ? '⚠ ' : kind === 'ok' ? '✔ ' : 'ℹ '
  return (
    <View className={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Text>{sign + text}</Text>
    </View>
  )
}

export function Loading() {
  return <Notice kind='info' text='正在加载，请稍候…' />
}
