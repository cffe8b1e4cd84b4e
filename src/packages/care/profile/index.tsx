// 照护档案 — 四个必须知道: address and phone, family and health, hobbies, habits; then who to call, in order, and
// who answers for the cadre. Health shows only to those allowed; the bureau sees numbers masked and can export
// or erase the person's data on request.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { CareProfileView } from '@cloud/contracts'
import { CONSENT_METHODS } from '@cloud/core/categories'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { saveFile } from '../../../api/saveFile'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { go, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

function Line({ label, text }: { label: string; text: string }) {
  return (
    <View>
      <Text className='t-body'>
        {label}：{text || '还没有填写'}
      </Text>
    </View>
  )
}

export default function CareProfile() {
  const cadreId = usePageParams('careProfile').cadreId
  const { data, error, loading, reload } = useAction('care.get', { cadreId })
  return (
    <Screen title={data ? `${data.cadreName}的照护档案` : '照护档案'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? <Profile care={data} reload={reload} /> : null}
    </Screen>
  )
}

function Profile({ care, reload }: { care: CareProfileView; reload: () => Promise<void> }) {
  const k = care.guarantors
  return (
    <View>
      <Section title='一、住址和电话'>
        <Card>
          <Text className='t-strong'>
            {care.cadreName}，{care.age} 岁
          </Text>
          <Line label='住址' text={care.address} />
          <Line label='电话' text={care.phone || '没有手机'} />
        </Card>
        {care.phone && !care.can.admin ? <CallButton label={`打电话给${care.cadreName}`} phone={care.phone} /> : null}
      </Section>
      <Section title='二、家庭和健康'>
        <Card>
          <Line label='家庭情况' text={care.household} />
          {care.health ? <Health care={care} /> : <Notice kind='info' text={care.healthNote} />}
          <View>
            <Text className='t-body t-muted'>健康信息授权：{care.consent.words}</Text>
          </View>
        </Card>
        {care.can.editHealth ? <Button label='登记健康信息' onPress={() => go('careHealth', { cadreId: care.cadreId })} /> : null}
        {care.can.consent ? <Consent care={care} reload={reload} /> : null}
      </Section>
      <Section title='三、爱好特长'>
        <Card>
          <Text className='t-body'>{care.hobbies || '还没有填写'}</Text>
        </Card>
      </Section>
      <Section title='四、生活习惯'>
        <Card>
          <Text className='t-body'>{care.habits || '还没有填写'}</Text>
        </Card>
      </Section>
      <Section title='紧急联系人（按顺序打）'>
        {care.contacts.length === 0 ? <Notice kind='info' text='还没有登记紧急联系人。' /> : null}
        {care.contacts.map((c, i) =>
          c.callable ? (
            <CallButton key={i} label={`${i + 1}. ${c.kind} ${c.name}`} phone={c.phone} />
          ) : (
            <Card key={i}>
              <Text className='t-body'>
                {i + 1}. {c.kind} {c.name}：{c.phone}
              </Text>
            </Card>
          ),
        )}
      </Section>
      <Section title='四位一体包保'>
        <Card>
          <Line label='原单位' text={k.originalUnit} />
          <Line label='老干部局' text={k.bureau} />
          <Line label='家庭' text={k.family} />
          <Line label='社区' text={k.community} />
          <Line label='责任医生' text={care.doctor?.name ?? ''} />
        </Card>
      </Section>
      {care.can.edit ? <Button kind='primary' label='修改档案' onPress={() => go('careEdit', { cadreId: care.cadreId })} /> : null}
      {care.can.admin ? <PersonalData care={care} /> : null}
    </View>
  )
}

function Health({ care }: { care: CareProfileView }) {
  const h = care.health!
  return (
    <View>
      <Line label='自理能力' text={h.selfCare} />
      <Line label='慢性病' text={h.conditions.join('、') || '无'} />
      <Line label='饮食' text={[h.diabetic ? '糖尿病饮食（祝寿用寿桃）' : '', h.diet].filter(Boolean).join('，') || '无特别要求'} />
      {h.idNumber ? <Line label='身份证号' text={h.idNumber} /> : null}
    </View>
  )
}

const IN_APP = CONSENT_METHODS[0]
const ON_PAPER = CONSENT_METHODS.slice(1)

/** The cadre agrees in the app; staff record a signed paper. Withdrawing deletes the health data at once. */
function Consent({ care, reload }: { care: CareProfileView; reload: () => Promise<void> }) {
  const self = !care.can.editKeepers
  const [method, setMethod] = useState<(typeof CONSENT_METHODS)[number]>(self ? IN_APP : ON_PAPER[0])
  const { result, busy, submit } = useSubmit(reload)
  const record = (given: boolean) =>
    void submit(
      () => call('care.consent', { cadreId: care.cadreId, given, method }),
      () => (given ? '已记录同意，可以登记健康信息了' : '已撤回同意，健康信息已删除'),
    )
  return (
    <View>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {care.consent.given ? (
        <Button kind='danger' label='撤回健康信息授权' hint='撤回后健康信息马上删除' disabled={busy} onPress={() => record(false)} />
      ) : (
        <View>
          <Notice kind='info' text='健康情况和身份证号只给社区工作人员、责任医生和您授权的家属看，每次查看都有记录。同意后才登记。' />
          {self ? null : <Choice label='老人怎样同意的' options={ON_PAPER} value={method} onChange={setMethod} />}
          <Button kind='primary' label={self ? '我同意登记健康信息' : '记录老人的书面同意'} disabled={busy} onPress={() => record(true)} />
        </View>
      )}
    </View>
  )
}

/** The bureau's duties to the person: who read the data, a copy of it, and erasure on request. */
function PersonalData({ care }: { care: CareProfileView }) {
  const [reason, setReason] = useState('')
  const [erased, setErased] = useState(false)
  const { result, busy, submit } = useSubmit()
  const exportData = () =>
    void submit(
      async () => {
        const file = await call('care.export', { cadreId: care.cadreId })
        await saveFile(file.fileName, file.content, 'application/json;charset=utf-8')
        return file
      },
      (file) => `已导出 ${file.fileName}`,
    )
  const erase = () =>
    void submit(
      async () => {
        const sure = await Taro.showModal({
          title: '确定删除？',
          content: `${care.cadreName}的个人信息会全部删除，不能恢复。服务卡账目只留编号。`,
          confirmText: '删除',
          cancelText: '不删了',
        })
        if (!sure.confirm) return null
        const done = await call('care.erase', { cadreId: care.cadreId, reason })
        setErased(true)
        return done
      },
      (done) => (done ? '已删除这位老人的个人信息' : '没有删除'),
    )
  return (
    <Section title='个人信息（老干部局）'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button label='查看敏感信息查看记录' onPress={() => go('accessLog', { cadreId: care.cadreId })} />
      <Button label='导出个人信息' hint='应本人申请，导出全部信息（文件）' disabled={busy} onPress={exportData} />
      {erased ? null : (
        <View>
          <Field label='删除原因' value={reason} onInput={setReason} placeholder='如：本人书面申请删除' maxlength={200} />
          <Button kind='danger' label='删除个人信息' disabled={busy || reason.trim().length < 4} onPress={erase} />
        </View>
      )}
    </Section>
  )
}
