// Every page's frame: the text scale as a CSS variable, a plain title, and room to breathe.
import { View } from '@tarojs/components'
import { useEffect, type PropsWithChildren } from 'react'
import { useElder } from '../elder'
import './index.css'

/** H5 only: Taro's page element scrolls, so keyboard users must be able to focus it to scroll it. */
function useFocusablePages() {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    document.querySelectorAll('.taro_page:not([tabindex])').forEach((el) => el.setAttribute('tabindex', '0'))
  })
}

export function Screen({ title, children }: PropsWithChildren<{ title?: string }>) {
  const { elder, scale } = useElder()
  useFocusablePages()
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
