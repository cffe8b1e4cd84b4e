// Staff register a cadre — including one with no phone, whom staff then serve in person — and go on from there:
// the cadre's page (binding codes), the care profile, or the next registration.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActionInput, CadreSummary } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { Screen } from '../../../components/screen'
import { BigButton, Button, Choice, Field } from '../../../components/controls'
import { Notice } from '../../../components/notice'
import { goBackOr, goInstead } from '../../../routes'
import { PickField } from '../../../components/pick-field'
import { BIRTH_WHEEL, CALENDARS, LunarBirthday, complete, type LunarChoice } from '../../../components/lunar-birthday'

type Form = ActionInput<'cadre.register'>
const YES_NO = ['是', '否'] as const
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
  const [lunarBirth, setLunarBirth] = useState<LunarChoice>({ month: null, day: null, leap: false })
  const [error, setError] = useState('')
  const [done, setDone] = useState<CadreSummary | null>(null)
  const lunar = calendar === '过农历生日'

  const submit = async () => {
    if (!gender || !calendar || !rank || !category || !alone || !party) return setError('请把每一项都选好')
    const told = complete(lunarBirth)
    if (lunar && !told) return setError('请问清老人农历几月几日过生日')
    try {
      const cadre = await call('cadre.register', {
        name: name.trim(),
        gender,
        birthDate,
        celebrates: CALENDARS[calendar],
        rank,
        category,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        address: address.trim(),
        livesAlone: alone === '是',
        partyMember: party === '是',
        ...(lunar && told ? { lunarBirth: told } : {}),
      })
      setDone(cadre)
      setError('')
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '没有登记成功，请再试一次')
    }
  }

  if (done) {
    return (
      <Screen title='登记成功'>
        <Notice kind='ok' text={`已登记 ${done.name}（${done.age} 岁）`} />
        <BigButton
          label={`打开${done.name}的页面`}
          hint='发绑定码给家属或老人本人、替老人预约'
          onPress={() => goInstead('cadre', { id: done.id })}
        />
        <Button label='填照护档案' hint='紧急联系人、四个必须知道' onPress={() => goInstead('careEdit', { cadreId: done.id })} />
        <Button label='再登记一位' onPress={() => goInstead('register')} />
        <Button kind='plain' label='回到名册' onPress={() => goInstead('roster')} />
      </Screen>
    )
  }
  return (
    <Screen title='登记老干部'>
      <Field label='姓名' value={name} onInput={setName} maxlength={20} />
      <Choice label='性别' options={['男', '女'] as const} value={gender} onChange={setGender} />
      <PickField label='出生日期（公历）' mode='date' value={birthDate} onChange={setBirthDate} {...BIRTH_WHEEL} testId='birth-date' />
      <Choice label='过哪种生日' options={Object.keys(CALENDARS) as (keyof typeof CALENDARS)[]} value={calendar} onChange={setCalendar} />
      {lunar ? <LunarBirthday value={lunarBirth} onChange={setLunarBirth} /> : null}
      <Choice label='职级' options={['副县级以上', '一般'] as const} value={rank} onChange={setRank} />
      <Choice label='类别' options={['离休', '退休'] as const} value={category} onChange={setCategory} />
      <Choice label='是否独居' options={YES_NO} value={alone} onChange={setAlone} />
      <Choice label='是否党员' options={YES_NO} value={party} onChange={setParty} />
      <Field label='手机号（没有可不填）' value={phone} onInput={setPhone} type='number' maxlength={11} />
      <Field label='住址' value={address} onInput={setAddress} placeholder='街道、楼幢、房号' maxlength={80} />
      {error ? <Notice kind='error' text={error} /> : null}
      <View>
        <BigButton label='登记' onPress={() => void submit()} />
        <Button kind='plain' label='返回' onPress={() => goBackOr('roster')} />
      </View>
    </Screen>
  )
}
