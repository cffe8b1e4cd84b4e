// A cadre links their own WeChat to the record staff registered, with the 8-digit code staff gave them; with
// `as=staff`, the first staff member of a community (or a member of the bureau) opens their role with the invite
// code the deploy's bootstrap step printed.
import { useState } from 'react'
import type { MeView } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { useElder } from '../../../components/elder'
import { go, goBackOr, usePageParams } from '../../../routes'

const FOR_CADRE = {
  title: '老干部本人登记',
  ask: '请输入社区工作人员给您的 8 位绑定码。没有绑定码，请打电话给社区。',
  label: '绑定码',
  done: (me: MeView) => `${me.name}，您好！以后打开小程序就能预约服务、看活动了。`,
}
const FOR_STAFF = {
  title: '社区工作人员 / 老干部局开通',
  ask: '请输入开通时给您的 8 位邀请码（只能用一次）。',
  label: '邀请码',
  done: (me: MeView) =>
    `${me.name}，您好！已开通${me.community ? `“${me.community.name}”的社区工作人员` : '老干部局'}身份，首页就是您的工作台。`,
}

export default function Claim() {
  const staff = usePageParams('claim').as === 'staff'
  const words = staff ? FOR_STAFF : FOR_CADRE
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [done, setDone] = useState('')
  const { setElder } = useElder()

  const submit = async () => {
    try {
      const me = staff ? await call('me.acceptInvite', { code }) : await call('me.claimCadre', { code })
      setElder(me.elderMode)
      setDone(words.done(me))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '没有成功，请再试一次')
    }
  }
  if (done) {
    return (
      <Screen title={staff ? '开通成功' : '登记成功'}>
        <Notice kind='ok' text={done} />
        <BigButton label='回到首页' onPress={() => go('home')} />
      </Screen>
    )
  }
  return (
    <Screen title={words.title}>
      <Notice kind='info' text={words.ask} />
      <Field label={words.label} value={code} onInput={setCode} type='number' maxlength={8} placeholder='8 位数字' testId='code' />
      {error ? <Notice kind='error' text={error} /> : null}
      <BigButton label='确定' onPress={() => void submit()} />
      <Button kind='plain' label='返回' onPress={() => goBackOr('home')} />
    </Screen>
  )
}
