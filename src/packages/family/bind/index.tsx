// A family member asks to bind a cadre: by the cadre's name and phone's last four digits (the cadre or staff
// then confirms), or by a 6-digit code staff issued (takes effect at once).
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { LinkView } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { RemindMe } from '../../../components/wechat-reminders'
import { go, goBackOr } from '../../../routes'
import { WeChatPhoneButton } from '../../../components/wechat-phone'

const RELATIONS = ['子女', '配偶', '孙辈', '其他亲属'] as const
const WAYS = ['用手机号后四位', '用社区绑定码'] as const

export default function Bind() {
  const [way, setWay] = useState<(typeof WAYS)[number]>(WAYS[0])
  const [requesterName, setRequesterName] = useState('')
  const [requesterPhone, setRequesterPhone] = useState('')
  const [relation, setRelation] = useState<(typeof RELATIONS)[number] | null>(null)
  const [cadreName, setCadreName] = useState('')
  const [phoneLast4, setPhoneLast4] = useState('')
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [done, setDone] = useState<LinkView | null>(null)
  const [busy, setBusy] = useState(false)
  // The name this person already goes by here (a second binding, or set up by the community): not asked again.
  const known = useAction('me.get', {}).data?.me.name ?? ''

  const submit = async () => {
    if (!relation) return setError('请选择您和老人的关系')
    setBusy(true)
    setError('')
    try {
      const base = { requesterName: known || requesterName.trim(), relation }
      const phone = requesterPhone.replace(/\D/g, '')
      setDone(
        await call(
          'binding.request',
          way === WAYS[0]
            ? { ...base, requesterPhone: phone, cadreName: cadreName.trim(), phoneLast4 }
            : { ...base, ...(phone ? { requesterPhone: phone } : {}), code },
        ),
      )
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交没有成功，请再试一次')
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <Screen title='申请已提交'>
        {done.status === 'active' ? (
          <Notice kind='ok' text={`已绑定 ${done.cadreName}。现在可以在首页看到老人的情况。`} />
        ) : (
          <Notice kind='ok' text={`已向 ${done.cadreName} 发出绑定申请。老人本人或社区确认后就生效，请耐心等待。`} />
        )}
        <RemindMe kinds={['birthday', 'service']} moment='binding' label='老人生日和上门服务用微信提醒我' />
        <BigButton label='回到首页' onPress={() => go('home')} />
      </Screen>
    )
  }
  return (
    <Screen title='绑定家中老人'>
      {known ? (
        <Text className='t-body'>申请人：{known}</Text>
      ) : (
        <Field
          label='您的姓名'
          value={requesterName}
          onInput={setRequesterName}
          placeholder='例如：王丽'
          maxlength={20}
          testId='requesterName'
        />
      )}
      <Field
        label={way === WAYS[0] ? '您的手机号' : '您的手机号（可不填）'}
        value={requesterPhone}
        onInput={setRequesterPhone}
        type='number'
        maxlength={11}
        placeholder='11 位数字'
        testId='requesterPhone'
      />
      <WeChatPhoneButton onPhone={setRequesterPhone} />
      <Choice label='您是老人的' options={RELATIONS} value={relation} onChange={setRelation} />
      <Choice label='怎样找到老人' options={WAYS} value={way} onChange={setWay} />
      {way === WAYS[0] ? (
        <View>
          <Field label='老人的姓名' value={cadreName} onInput={setCadreName} placeholder='例如：王建国' maxlength={20} testId='cadreName' />
          <Field
            label='老人手机号的后四位'
            value={phoneLast4}
            onInput={setPhoneLast4}
            type='number'
            maxlength={4}
            placeholder='4 位数字'
            testId='phoneLast4'
          />
          <Text className='t-body t-muted'>老人本人或社区工作人员确认后，绑定才生效；他们会看到您的姓名和手机尾号。</Text>
        </View>
      ) : (
        <View>
          <Field label='社区给的绑定码' value={code} onInput={setCode} type='number' maxlength={8} placeholder='8 位数字' testId='code' />
          <Text className='t-body t-muted'>绑定码由社区工作人员发放，7 天内有效，用后立即生效。</Text>
        </View>
      )}
      {error ? <Notice kind='error' text={error} /> : null}
      <BigButton label={busy ? '正在提交…' : '提交申请'} disabled={busy} onPress={() => void submit()} testId='submit' />
      <Button kind='plain' label='不绑了，返回' onPress={() => goBackOr('home')} />
    </Screen>
  )
}
