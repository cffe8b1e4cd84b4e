// WeChat's phone-number button: the number WeChat holds for this user, without typing, where the mini-program
// may use it (a verified, non-personal mini-program; WECHAT_PHONE_BUTTON=off at build time turns it off).
// WeChat draws this button itself, so it is a real <button> styled like ours. Typing always stays possible.
import { Button as NativeButton, Text } from '@tarojs/components'
import { useState } from 'react'
import { call, ApiError } from '../../api'
import { Notice } from '../notice'
import '../controls/index.css'

export const PHONE_BUTTON_HERE = process.env.TARO_ENV === 'weapp' && PHONE_BUTTON

interface Answer {
  detail: { code?: string; errMsg?: string }
}

/** "用微信绑定的手机号": fills `onPhone` with the verified number; says so plainly if WeChat gave none. */
export function WeChatPhoneButton({ onPhone }: { onPhone: (phone: string) => void }) {
  const [note, setNote] = useState<{ kind: 'ok' | 'info' | 'error'; text: string } | null>(null)
  if (!PHONE_BUTTON_HERE) return null
  const got = async (e: Answer) => {
    if (!e.detail.code) return setNote({ kind: 'info', text: '没有用微信的手机号，请在上面自己填写。' })
    try {
      const { phone } = await call('me.phoneFromWeChat', { code: e.detail.code })
      onPhone(phone)
      setNote({ kind: 'ok', text: `已填好微信验证过的手机号 ${phone}` })
    } catch (err) {
      setNote({ kind: 'error', text: err instanceof ApiError ? err.message : '没能取到手机号，请自己填写' })
    }
  }
  return (
    <>
      <NativeButton className='btn btn--secondary btn--native' openType='getPhoneNumber' onGetPhoneNumber={(e) => void got(e as Answer)}>
        <Text className='btn__label'>用微信里的手机号</Text>
      </NativeButton>
      {note ? <Notice kind={note.kind} text={note.text} /> : null}
    </>
  )
}
