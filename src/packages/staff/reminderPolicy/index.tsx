// 提醒规则: how far ahead family and staff are told, from what age round birthdays are visited (逢五排十) and
// whether age is counted in 周岁 or 虚岁, which festivals are visited and for whom, and the day each year the health
// checks are arranged. One policy for the city: the bureau (admin) edits it; staff read it.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { ActionInput } from '@cloud/contracts'
import type { ReminderPolicyView } from '@cloud/features/reminders/views'
import type { FestivalRule } from '@cloud/features/reminders/occasions.rules'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'

const RECKONING = { full: '周岁（过了生日才长一岁）', nominal: '虚岁（出生就算一岁）' } as const
const AUDIENCE = { all: '全部老人', partyMembers: '只走访党员' } as const satisfies Record<FestivalRule['audience'], string>
const NOT_VISITED = '不走访'
type Audience = keyof typeof AUDIENCE
type PolicyInput = ActionInput<'reminderPolicy.save'>

const whenWords = (f: { calendar: 'solar' | 'lunar'; month: number; day: number }) =>
  f.calendar === 'lunar' ? `农历${f.month}月${f.day}日` : `${f.month}月${f.day}日`

export default function ReminderPolicy() {
  const { data, error, loading, reload } = useAction('reminderPolicy.get', {})
  return (
    <Screen title='提醒规则'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? <PolicyWords policy={data} /> : null}
      {data?.canEdit ? <PolicyForm policy={data} onSaved={reload} /> : null}
    </Screen>
  )
}

function Line({ text }: { text: string }) {
  return (
    <View>
      <Text className='t-body'>{text}</Text>
    </View>
  )
}

function PolicyWords({ policy }: { policy: ReminderPolicyView }) {
  const { thresholds, reckoning } = policy.birthday
  return (
    <Card>
      <Text className='t-strong'>{policy.isDefault ? '全市默认规则' : `全市规则（${policy.updatedWords} 修改）`}</Text>
      <Line text={`生日前 ${policy.familyLeadDays} 天提醒家属`} />
      <Line text={`祝寿、节日走访提前 ${policy.staffLeadDays} 天排进今日任务`} />
      <Line text={`住院、大事、特殊情况报来后 ${policy.reportDueDays} 天内上门`} />
      <Line
        text={`逢五排十祝寿：副县级以上从 ${thresholds['副县级以上']} 岁起，一般干部从 ${thresholds['一般']} 岁起，按${RECKONING[reckoning].slice(0, 2)}算`}
      />
      <Line text='节日走访：' />
      {policy.festivals.map((f) => (
        <Line key={f.key} text={`· ${f.name}（${whenWords(f)}）：${AUDIENCE[f.audience]}`} />
      ))}
      <Line text={`每年 ${policy.healthCheck.month} 月 ${policy.healthCheck.day} 日开始安排年度体检；每季度第一天提醒责任医生巡诊`} />
    </Card>
  )
}

const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text))

function PolicyForm({ policy, onSaved }: { policy: ReminderPolicyView; onSaved: () => Promise<void> }) {
  const [familyLead, setFamilyLead] = useState(String(policy.familyLeadDays))
  const [staffLead, setStaffLead] = useState(String(policy.staffLeadDays))
  const [reportDue, setReportDue] = useState(String(policy.reportDueDays))
  const [senior, setSenior] = useState(String(policy.birthday.thresholds['副县级以上']))
  const [general, setGeneral] = useState(String(policy.birthday.thresholds['一般']))
  const [reckoning, setReckoning] = useState<string>(RECKONING[policy.birthday.reckoning])
  const [festivals, setFestivals] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      policy.catalogue.map((f) => {
        const chosen = policy.festivals.find((p) => p.key === f.key)
        return [f.key, chosen ? AUDIENCE[chosen.audience] : NOT_VISITED]
      }),
    ),
  )
  const [checkMonth, setCheckMonth] = useState(String(policy.healthCheck.month))
  const [checkDay, setCheckDay] = useState(String(policy.healthCheck.day))
  const { result, busy, submit } = useSubmit(onSaved, '没有保存，请再试一次')

  const save = () => {
    const input: PolicyInput = {
      familyLeadDays: toNumber(familyLead),
      staffLeadDays: toNumber(staffLead),
      reportDueDays: toNumber(reportDue),
      birthday: {
        thresholds: { 副县级以上: toNumber(senior), 一般: toNumber(general) },
        reckoning: reckoning === RECKONING.nominal ? 'nominal' : 'full',
      },
      festivals: policy.catalogue
        .filter((f) => festivals[f.key] !== NOT_VISITED)
        .map((f) => ({
          key: f.key,
          audience: (Object.keys(AUDIENCE) as Audience[]).find((a) => AUDIENCE[a] === festivals[f.key]) ?? 'all',
        })),
      healthCheck: { month: toNumber(checkMonth), day: toNumber(checkDay) },
    }
    void submit(
      () => call('reminderPolicy.save', input),
      () => '已保存提醒规则，明天早上 8 点的提醒起按新规则办',
    )
  }

  return (
    <Section title='修改规则'>
      <Field label='生日前几天提醒家属' value={familyLead} type='number' maxlength={2} onInput={setFamilyLead} />
      <Field label='走访任务提前几天排' value={staffLead} type='number' maxlength={2} onInput={setStaffLead} />
      <Field label='五必访报来后几天内上门' value={reportDue} type='number' maxlength={1} onInput={setReportDue} />
      <Field label='副县级以上从几岁起祝寿' value={senior} type='number' maxlength={3} onInput={setSenior} />
      <Field label='一般干部从几岁起祝寿' value={general} type='number' maxlength={3} onInput={setGeneral} />
      <Choice label='年龄怎么算' options={Object.values(RECKONING)} value={reckoning} onChange={setReckoning} />
      {policy.catalogue.map((f) => (
        <Choice
          key={f.key}
          label={`${f.name}（${whenWords(f)}）`}
          options={[...Object.values(AUDIENCE), NOT_VISITED]}
          value={festivals[f.key]}
          onChange={(v) => setFestivals({ ...festivals, [f.key]: v })}
        />
      ))}
      <Field label='年度体检：每年几月开始安排' value={checkMonth} type='number' maxlength={2} onInput={setCheckMonth} />
      <Field label='年度体检：那个月的几号（1–28）' value={checkDay} type='number' maxlength={2} onInput={setCheckDay} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存规则' disabled={busy} onPress={save} />
    </Section>
  )
}
