// A cadre links their own WeChat to the record staff registered, with the 6-digit code staff gave them.
import { useState } from 'react'
import { call, ApiError } from '../../../api'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { useElder } from '../../../components/elder'
import { go, goBackOr } from '../../../routes'

export default function Claim() {
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [name, setName] = useState('')
  const { setElder } = useElder()

  const submit = async () => {
    try {
      const me = await call('me.claimCadre', { code })
      setElder(me.elderMode)
      setName(me.name)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '没有成功，请再试一次')
    }
  }
  if (name) {
    return (
      <Screen title='登记成功'>
        <Notice kind='ok' text={`${name}，您好！以后打开小程序就能预约服务、看活动了。`} />
        <BigButton label='回到首页' onPress={() => go('home')} />
      </Screen>
    )
  }
  return (
    <Screen title='老干部本人登记'>
      <Notice kind='info' text='请输入社区工作人员给您的 8 位绑定码。没有绑定码，请打电话给社区。' />
      <Field label='绑定码' value={code} onInput={setCode} type='number' maxlength={8} placeholder='8 位数字' testId='code' />
      {error ? <Notice kind='error' text={error} /> : null}
      <BigButton label='确定' onPress={() => void submit()} />
      <Button kind='plain' label='返回' onPress={() => goBackOr('home')} />
    </Screen>
  )
}
