// A binding request waiting for a decision, with both answers as big buttons.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { LinkView } from '@cloud/contracts'
import { call, ApiError } from '../../api'
import { Card } from '../card'
import { Button } from '../controls'
import { Notice } from '../notice'

export function ApprovalCard({ link, onDecided }: { link: LinkView; onDecided: () => void }) {
  const [error, setError] = useState('')
  const decide = async (approve: boolean) => {
    try {
      await call('binding.decide', { linkId: link.id, approve })
      Taro.showToast({ title: approve ? '已同意' : '已拒绝', icon: 'none' })
      onDecided()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作没有成功，请再试一次')
    }
  }
  return (
    <Card>
      <Text className='t-strong'>
        {link.familyName}（{link.relation}）
      </Text>
      <View>
        <Text className='t-body'>
          {link.familyPhone ? `手机 ${link.familyPhone}${link.familyPhoneVerified ? '（微信验证过是本人的）' : ''} · ` : ''}
          {link.requestedWords} 申请
        </Text>
      </View>
      <View>
        <Text className='t-body'>
          申请绑定 {link.cadreName}，绑定后可以代为预约服务、接收紧急求助提醒。不认识这个人或号码不对，请点“不同意”。
        </Text>
      </View>
      {error ? <Notice kind='error' text={error} /> : null}
      <View className='row'>
        <Button kind='primary' label='同意' onPress={() => void decide(true)} />
        <Button kind='plain' label='不同意' onPress={() => void decide(false)} />
      </View>
    </Card>
  )
}
