// Every page's frame: the text scale as a CSS variable, a plain title, and room to breathe.
import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useElder } from '../elder'
import './index.css'

export function Screen({ title, children }: PropsWithChildren<{ title?: string }>) {
  const { elder, scale } = useElder()
  return (
    <View className={`screen ${elder ? 'screen--elder' : ''}`} style={{ '--s': String(scale) } as Record<string, string>}>
      {title ? (
        <View className='screen__title' role='heading' aria-level={1}>
          {title}
        </View>
      ) : null}
      {children}
    </View>
  )
}

export function Section({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='section'>
      <View className='section__title' role='heading' aria-level={2}>
        {title}
      </View>
      {children}
    </View>
  )
}
