// 改信息: a cadre's record corrected by whoever may — staff every field, family who book the address and phone, the
// cadre his own phone. Only what was changed is sent, with the revision the form was filled from, so a correction
// made meanwhile by someone else is never silently overwritten. Every change goes into the history.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { ActionInput, CadreDetail, CadreRecord } from '@cloud/contracts'
import type { EditableField } from '@cloud/features/roster/rules'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { PickField } from '../../../components/pick-field'
import { BIRTH_WHEEL, CALENDARS, LunarBirthday, complete, type LunarChoice } from '../../../components/lunar-birthday'
import { goBackOr, usePageParams } from '../../../routes'

type Changes = Omit<ActionInput<'cadre.update'>, 'cadreId' | 'rev'>
const YES_NO = ['是', '否'] as const
const yesNo = (b: boolean) => (b ? '是' : '否')

export default function CadreEdit() {
  const cadreId = usePageParams('cadreEdit').id
  const { data, error } = useAction('cadre.get', { cadreId })
  if (!data) return <Screen title='改信息'>{error ? <LoadError error={error} /> : <Loading />}</Screen>
  if (!data.record || !data.editable)
    return (
      <Screen title='改信息'>
        <Notice kind='info' text={`${data.name}的信息由社区管理，需要改的请打电话给社区。`} />
      </Screen>
    )
  return <EditForm key={data.record.rev} detail={data} record={data.record} editable={data.editable} />
}

function EditForm({ detail, record, editable }: { detail: CadreDetail; record: CadreRecord; editable: readonly EditableField[] }) {
  const may = (f: EditableField) => editable.includes(f)
  const [f, setF] = useState({
    name: record.name,
    gender: record.gender,
    birthDate: record.birthDate,
    calendar: (record.celebrates === 'lunar' ? '过农历生日' : '过公历生日') as keyof typeof CALENDARS,
    rank: record.rank,
    category: record.category,
    partyMember: yesNo(record.partyMember),
    livesAlone: yesNo(record.livesAlone),
    resettled: yesNo(record.resettled),
    phone: record.phone ?? '',
    address: record.address,
    grid: record.grid ?? '',
    workUnit: record.workUnit?.name ?? '',
    workContact: record.workUnit?.contact ?? '',
    workPhone: record.workUnit?.phone ?? '',
    branch: record.branch ?? '',
  })
  const [lunar, setLunar] = useState<LunarChoice>({
    month: record.lunarBirth?.month ?? null,
    day: record.lunarBirth?.day ?? null,
    leap: record.lunarBirth?.leap ?? false,
  })
  const set = (part: Partial<typeof f>) => setF((all) => ({ ...all, ...part }))
  const { result, busy, submit } = useSubmit(undefined, '没有保存，请再试一次')

  /** Only the fields that differ from the record, an emptied optional field as null (taken off the record). */
  const changes = (): Changes => {
    const c: Changes = {}
    const text = (v: string) => v.trim() || null
    if (f.name.trim() !== record.name) c.name = f.name.trim()
    if (f.gender !== record.gender) c.gender = f.gender
    if (f.birthDate !== record.birthDate) c.birthDate = f.birthDate
    if (CALENDARS[f.calendar] !== record.celebrates) c.celebrates = CALENDARS[f.calendar]
    const told = CALENDARS[f.calendar] === 'lunar' ? complete(lunar) : null
    if (told && JSON.stringify(told) !== JSON.stringify(record.lunarBirth ?? null)) c.lunarBirth = told
    if (f.rank !== record.rank) c.rank = f.rank
    if (f.category !== record.category) c.category = f.category
    if (f.partyMember !== yesNo(record.partyMember)) c.partyMember = f.partyMember === '是'
    if (f.livesAlone !== yesNo(record.livesAlone)) c.livesAlone = f.livesAlone === '是'
    if (f.resettled !== yesNo(record.resettled)) c.resettled = f.resettled === '是'
    if (text(f.phone) !== (record.phone ?? null)) c.phone = text(f.phone)
    if (f.address.trim() !== record.address) c.address = f.address.trim()
    if (text(f.grid) !== (record.grid ?? null)) c.grid = text(f.grid)
    if (text(f.branch) !== (record.branch ?? null)) c.branch = text(f.branch)
    const unit = f.workUnit.trim()
      ? {
          name: f.workUnit.trim(),
          ...(f.workContact.trim() ? { contact: f.workContact.trim() } : {}),
          ...(f.workPhone.trim() ? { phone: f.workPhone.trim() } : {}),
        }
      : null
    if (JSON.stringify(unit) !== JSON.stringify(record.workUnit ?? null)) c.workUnit = unit
    return c
  }
  const save = () =>
    void submit(
      () => call('cadre.update', { cadreId: record.id, rev: record.rev, ...changes() }),
      (saved) => {
        setTimeout(() => goBackOr('cadre', { id: record.id }), 1500)
        return saved.changedWords ? `已保存：${saved.changedWords}` : '没有改动'
      },
    )
  const nothing = Object.keys(changes()).length === 0
  return (
    <Screen title={`改${detail.name}的信息`}>
      <Notice kind='info' text='改动都会记下来：谁、什么时候、从什么改成什么。' />
      {may('name') ? <Field label='姓名' value={f.name} onInput={(name) => set({ name })} maxlength={20} /> : null}
      {may('gender') ? (
        <Choice label='性别' options={['男', '女'] as const} value={f.gender} onChange={(gender) => set({ gender })} />
      ) : null}
      {may('birthDate') ? (
        <PickField label='出生日期（公历）' mode='date' value={f.birthDate} onChange={(birthDate) => set({ birthDate })} {...BIRTH_WHEEL} />
      ) : null}
      {may('celebrates') ? (
        <Choice
          label='过哪种生日'
          options={Object.keys(CALENDARS) as (keyof typeof CALENDARS)[]}
          value={f.calendar}
          onChange={(calendar) => set({ calendar })}
        />
      ) : null}
      {may('lunarBirth') && f.calendar === '过农历生日' ? <LunarBirthday value={lunar} onChange={setLunar} /> : null}
      {may('rank') ? (
        <Choice label='职级' options={['副县级以上', '一般'] as const} value={f.rank} onChange={(rank) => set({ rank })} />
      ) : null}
      {may('category') ? (
        <Choice label='类别' options={['离休', '退休'] as const} value={f.category} onChange={(category) => set({ category })} />
      ) : null}
      {may('partyMember') ? (
        <Choice label='是否党员' options={YES_NO} value={f.partyMember} onChange={(partyMember) => set({ partyMember })} />
      ) : null}
      {may('livesAlone') ? (
        <Choice label='是否独居' options={YES_NO} value={f.livesAlone} onChange={(livesAlone) => set({ livesAlone })} />
      ) : null}
      {may('phone') ? (
        <Field
          label='手机号（没有可空着）'
          value={f.phone}
          onInput={(phone) => set({ phone })}
          type='number'
          maxlength={11}
          testId='edit-phone'
        />
      ) : null}
      {may('address') ? (
        <Field multiline label='住址' value={f.address} onInput={(address) => set({ address })} maxlength={80} testId='edit-address' />
      ) : null}
      {may('grid') ? <Field label='网格（可空着）' value={f.grid} onInput={(grid) => set({ grid })} maxlength={20} /> : null}
      {may('resettled') ? (
        <Choice label='是否异地安置' options={YES_NO} value={f.resettled} onChange={(resettled) => set({ resettled })} />
      ) : null}
      {may('workUnit') ? (
        <Section title='原单位（出了事要告诉的）'>
          <Field label='原单位名称' value={f.workUnit} onInput={(workUnit) => set({ workUnit })} maxlength={40} />
          <Field label='联系人' value={f.workContact} onInput={(workContact) => set({ workContact })} maxlength={20} />
          <Field label='联系电话' value={f.workPhone} onInput={(workPhone) => set({ workPhone })} maxlength={20} />
        </Section>
      ) : null}
      {may('branch') ? <Field label='党支部（可空着）' value={f.branch} onInput={(branch) => set({ branch })} maxlength={40} /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <View>
        <Button kind='primary' label='保存' hint={nothing ? '还没有改动' : undefined} disabled={busy || nothing} onPress={save} />
        <Button kind='plain' label='不改了' onPress={() => goBackOr('cadre', { id: record.id })} />
      </View>
    </Screen>
  )
}
