// 修改照护档案: family situation, hobbies, habits and the emergency contacts in calling order — for the cadre,
// family and staff; the 包保 keepers and the responsible doctor for staff only.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ActionInput, CareProfileView } from '@cloud/contracts'
import { CONTACT_KINDS, HOUSEHOLDS, type ContactKind } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

type Contact = { kind: ContactKind; name: string; phone: string }
const NO_DOCTOR = '暂不指定'
const KEEPERS = [
  ['originalUnit', '原单位联系人'],
  ['bureau', '老干部局联络人'],
  ['family', '家庭责任人'],
  ['community', '社区责任人'],
] as const

export default function CareEdit() {
  const cadreId = usePageParams('careEdit').cadreId
  const { data, error, loading } = useAction('care.get', { cadreId, withHealth: false })
  return (
    <Screen title='修改照护档案'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? <CareForm care={data} /> : null}
    </Screen>
  )
}

function CareForm({ care }: { care: CareProfileView }) {
  const [household, setHousehold] = useState(care.household)
  const [hobbies, setHobbies] = useState(care.hobbies)
  const [habits, setHabits] = useState(care.habits)
  const [contacts, setContacts] = useState<Contact[]>(
    care.contacts.map(({ kind, name, phone }) => ({ kind: kind as ContactKind, name, phone })),
  )
  const [keepers, setKeepers] = useState(care.guarantors)
  const [doctor, setDoctor] = useState(care.doctor?.name ?? NO_DOCTOR)
  const { result, busy, submit } = useSubmit()
  const change = (i: number, patch: Partial<Contact>) => setContacts(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)))
  const moveUp = (i: number) => setContacts([...contacts.slice(0, i - 1), contacts[i], contacts[i - 1], ...contacts.slice(i + 1)])

  const save = () => {
    const input: ActionInput<'care.save'> = {
      cadreId: care.cadreId,
      household: household as ActionInput<'care.save'>['household'],
      hobbies,
      habits,
      contacts: contacts.map((c) => ({ ...c, name: c.name.trim(), phone: c.phone.trim() })),
      ...(care.can.editKeepers ? { guarantors: keepers, doctorId: care.doctors.find((d) => d.name === doctor)?.id ?? null } : {}),
    }
    void submit(
      () => call('care.save', input),
      () => '已保存',
    ).then((saved) => saved && Taro.navigateBack())
  }

  return (
    <View>
      <Choice
        label='家庭情况'
        options={HOUSEHOLDS}
        value={(HOUSEHOLDS as readonly string[]).includes(household) ? (household as (typeof HOUSEHOLDS)[number]) : null}
        onChange={setHousehold}
      />
      <Field label='爱好特长' value={hobbies} onInput={setHobbies} maxlength={200} multiline />
      <Field
        label='生活习惯'
        value={habits}
        onInput={setHabits}
        maxlength={200}
        multiline
        placeholder='如：几点起床午睡、耳朵背要用力敲门'
      />
      <Section title='紧急联系人（按顺序打）'>
        {contacts.map((c, i) => (
          <Card key={i}>
            <Text className='t-strong'>第 {i + 1} 位</Text>
            <Choice label='是谁' options={CONTACT_KINDS} value={c.kind} onChange={(kind) => change(i, { kind })} />
            <Field label='姓名' value={c.name} onInput={(name) => change(i, { name })} maxlength={20} />
            <Field label='电话' value={c.phone} onInput={(phone) => change(i, { phone })} type='number' maxlength={13} />
            {i > 0 ? <Button kind='plain' label='往前排' onPress={() => moveUp(i)} /> : null}
            <Button kind='plain' label='删掉这位' onPress={() => setContacts(contacts.filter((_, j) => j !== i))} />
          </Card>
        ))}
        {contacts.length < 8 ? (
          <Button label='添加联系人' onPress={() => setContacts([...contacts, { kind: '家属', name: '', phone: '' }])} />
        ) : null}
      </Section>
      {care.can.editKeepers ? (
        <Section title='四位一体包保（社区填写）'>
          {KEEPERS.map(([key, label]) => (
            <Field key={key} label={label} value={keepers[key]} onInput={(v) => setKeepers({ ...keepers, [key]: v })} maxlength={40} />
          ))}
          <Choice label='责任医生' options={[NO_DOCTOR, ...care.doctors.map((d) => d.name)]} value={doctor} onChange={setDoctor} />
        </Section>
      ) : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存' disabled={busy} onPress={save} />
    </View>
  )
}
