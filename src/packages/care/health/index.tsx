// 登记健康信息 (staff, once the cadre has consented): self-care level, chronic conditions, diet and ID number.
// These are sensitive: only staff, the responsible doctor and family with health access will see them.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CareHealthView } from '@cloud/contracts'
import { SELF_CARE_LEVELS } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

const YES_NO = ['是', '否'] as const

export default function HealthForm() {
  const cadreId = usePageParams('careHealth').cadreId
  const { data, error, loading } = useAction('care.get', { cadreId })
  return (
    <Screen title={data ? `${data.cadreName}的健康信息` : '健康信息'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && !data.can.editHealth ? <Notice kind='info' text={data.healthNote || '只有社区工作人员可以登记健康信息'} /> : null}
      {data?.can.editHealth ? <Form cadreId={cadreId} health={data.health} /> : null}
    </Screen>
  )
}

function Form({ cadreId, health }: { cadreId: string; health: CareHealthView | null }) {
  const [selfCare, setSelfCare] = useState<(typeof SELF_CARE_LEVELS)[number] | null>(
    (health?.selfCare as (typeof SELF_CARE_LEVELS)[number] | undefined) ?? null,
  )
  const [conditions, setConditions] = useState(health?.conditions.join('、') ?? '')
  const [diet, setDiet] = useState(health?.diet ?? '')
  const [diabetic, setDiabetic] = useState<(typeof YES_NO)[number]>(health?.diabetic ? '是' : '否')
  // A masked number cannot be saved back; staff see it in full, so this is the real one or empty.
  const [idNumber, setIdNumber] = useState(health?.idNumber ?? '')
  const { result, busy, submit } = useSubmit()
  const save = () => {
    if (!selfCare) return
    void submit(
      () =>
        call('care.saveHealth', {
          cadreId,
          selfCare,
          conditions: conditions
            .split(/[、，,；;\s]+/)
            .map((c) => c.trim())
            .filter(Boolean),
          diet,
          diabetic: diabetic === '是',
          ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
        }),
      () => '已保存',
    ).then((saved) => saved && Taro.navigateBack())
  }
  return (
    <View>
      <Notice kind='info' text='这些是敏感信息：只有社区工作人员、责任医生和获授权的家属能看，每次查看都有记录。' />
      <Choice label='自理能力' options={SELF_CARE_LEVELS} value={selfCare} onChange={setSelfCare} />
      <Field label='慢性病（用顿号隔开）' value={conditions} onInput={setConditions} placeholder='如：高血压、糖尿病' maxlength={200} />
      <Choice label='有没有糖尿病（祝寿送寿桃不送蛋糕）' options={YES_NO} value={diabetic} onChange={setDiabetic} />
      <Field label='饮食禁忌' value={diet} onInput={setDiet} placeholder='如：少盐、不吃海鲜' maxlength={200} />
      <Field label='身份证号（可不填）' value={idNumber} onInput={setIdNumber} type='idcard' maxlength={18} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label={selfCare ? '保存' : '请先选自理能力'} disabled={busy || !selfCare} onPress={save} />
    </View>
  )
}
