// Staff register a cadre — including one with no phone, whom staff then serve in person.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ActionInput } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'

type Form = ActionInput<'cadre.register'>
const YES_NO = ['是', '否'] as const
const CALENDARS = { 过公历生日: 'solar', 过农历生日: 'lunar' } as const

export default function Register() {
  const [name, setName] = useState('')
  const [gender, setGender] = useState<Form['gender'] | null>(null)
  const [birthDate, setBirthDate] = useState('')
  const [calendar, setCalendar] = useState<keyof typeof CALENDARS | null>(null)
  const [rank, setRank] = useState<Form['rank'] | null>(null)
  const [category, setCategory] = useState<Form['category'] | null>(null)
  const [phone, setPhone] = useState('')
  const [address, setAddress] = useState('')
  const [alone, setAlone] = useState<(typeof YES_NO)[number] | null>(null)
  const [party, setParty] = useState<(typeof YES_NO)[number] | null>(null)
  const [error, setError] = useState('')
  const [done, setDone] = useState('')

  const submit = async () => {
    if (!gender || !calendar || !rank || !category || !alone || !party) return setError('请把每一项都选好')
    try {
      const cadre = await call('cadre.register', {
        name: name.trim(),
        gender,
        birthDate: birthDate.trim(),
        celebrates: CALENDARS[calendar],
        rank,
        category,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        address: address.trim(),
        livesAlone: alone === '是',
        partyMember: party === '是',
      })
      setDone(`已登记 ${cadre.name}（${cadre.age} 岁）`)
      setError('')
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '没有登记成功，请再试一次')
    }
  }

  if (done) {
    return (
      <Screen title='登记成功'>
        <Notice kind='ok' text={done} />
        <BigButton label='回到名册' onPress={() => void Taro.navigateBack()} />
      </Screen>
    )
  }
  return (
    <Screen title='登记老干部'>
      <Field label='姓名' value={name} onInput={setName} maxlength={20} />
      <Choice label='性别' options={['男', '女'] as const} value={gender} onChange={setGender} />
      <Field label='出生日期（公历）' value={birthDate} onInput={setBirthDate} placeholder='例如 1936-05-02' maxlength={10} />
      <Choice label='过哪种生日' options={Object.keys(CALENDARS) as (keyof typeof CALENDARS)[]} value={calendar} onChange={setCalendar} />
      <Choice label='职级' options={['副县级以上', '一般'] as const} value={rank} onChange={setRank} />
      <Choice label='类别' options={['离休', '退休'] as const} value={category} onChange={setCategory} />
      <Choice label='是否独居' options={YES_NO} value={alone} onChange={setAlone} />
      <Choice label='是否党员' options={YES_NO} value={party} onChange={setParty} />
      <Field label='手机号（没有可不填）' value={phone} onInput={setPhone} type='number' maxlength={11} />
      <Field label='住址' value={address} onInput={setAddress} placeholder='街道、楼幢、房号' maxlength={80} />
      {error ? <Notice kind='error' text={error} /> : null}
      <View>
        <BigButton label='登记' onPress={() => void submit()} />
        <Button kind='plain' label='返回' onPress={() => void Taro.navigateBack()} />
      </View>
    </Screen>
  )
}
