import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { focusable } from '../controls'
import './index.css'

/** A plain framed block; tappable when `onPress` is given (then a focusable button, named by its text). */
export function Card({ children, onPress }: PropsWithChildren<{ onPress?: () => void }>) {
  return (
    <View
      className={`card ${onPress ? 'card--tappable' : ''}`}
      hoverClass={onPress ? 'card--pressed' : 'none'}
      role={onPress ? 'button' : undefined}
      {...(onPress ? focusable : {})}
      onClick={onPress}
    >
      {children}
    </View>
  )
}
