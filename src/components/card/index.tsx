import { View, Text } from '@tarojs/components'
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

/** A list of plain cards, each a bold title over a line of explanation. */
export function TitledCards({ items }: { items: readonly (readonly [string, string])[] }) {
  return (
    <View>
      {items.map(([title, text]) => (
        <Card key={title}>
          <Text className='t-strong'>{title}</Text>
          <View>
            <Text className='t-body t-muted'>{text}</Text>
          </View>
        </Card>
      ))}
    </View>
  )
}
