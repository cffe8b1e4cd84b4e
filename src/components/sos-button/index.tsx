// The H5 counterpart of src/native/sos-button (the weapp build uses the native one): the same press, countdown
// and cancel, with the same words and sizes.
import { View, Text } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { focusable } from '../controls'
import './index.css'

interface Props {
  label?: string
  seconds?: number
  onConfirm: () => void
  onStart?: () => void
  onCancel?: () => void
}

export function SosButton({ label = '一键求助', seconds = 5, onConfirm, onStart, onCancel }: Props) {
  const [left, setLeft] = useState<number | null>(null)
  const confirm = useRef(onConfirm)
  confirm.current = onConfirm
  useEffect(() => {
    if (left === null) return
    if (left === 0) {
      setLeft(null)
      confirm.current()
      return
    }
    const timer = setTimeout(() => setLeft(left - 1), 1000)
    return () => clearTimeout(timer)
  }, [left])
  if (left === null)
    return (
      <View
        key='press'
        className='sos-press'
        hoverClass='sos-press--down'
        role='button'
        aria-label={`${label}，按下后 ${seconds} 秒内可以取消`}
        {...focusable}
        onClick={() => {
          setLeft(seconds)
          onStart?.()
        }}
      >
        <Text className='sos-press__label'>{label}</Text>
        <Text className='sos-press__hint'>按下后 {seconds} 秒内可以取消</Text>
      </View>
    )
  return (
    // Its own key: reusing the button's element for the overlay would keep the button's click handler on it.
    <View key='counting' className='sos-counting' role='alert'>
      <Text className='sos-counting__left'>{left}</Text>
      <Text className='sos-counting__words'>秒后呼叫社区、通知家人</Text>
      <View
        className='sos-cancel'
        hoverClass='sos-cancel--down'
        role='button'
        aria-label='取消求助'
        {...focusable}
        onClick={() => {
          setLeft(null)
          onCancel?.()
        }}
      >
        <Text className='sos-cancel__label'>取消</Text>
      </View>
    </View>
  )
}
