import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import './index.css'

/** A plain framed block; tappable when `onPress` is given (then it is a button to assistive tech too). */
export function Card({ children, onPress, label }: PropsWithChildren<{ onPress?: () => void; label?: string }>) {
  return (
    <View
      className={`card ${onPress ? 'card--tappable' : ''}`}
      hoverClass={onPress ? 'card--pressed' : 'none'}
      role={onPress ? 'button' : undefined}
      aria-label={label}
      onClick={onPress}
    >
      {children}
    </View>
  )
}
