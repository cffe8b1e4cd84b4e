// One cadre as family and staff see them: the basics, the community's phone, and who is bound.
import { View, Text } from '@tarojs/components'
import type { CadreAction, CadreDetail } from '@cloud/contracts'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { Button, CallButton } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { SosPanel } from '../../../components/sos-panel'
import { go, urlOf, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { StatusPanel } from './status'
import { TransferPanel } from './transfer'

export default function CadreDetail() {
  const params = usePageParams('cadre')
  const cadreId = params.id
  const { data, error, loading, reload } = useAction('cadre.get', { cadreId })
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState('')
  // A status change or a move, said here: the panel that made it starts afresh for the changed record.
  const [changed, setChanged] = useState('')
  const changedTo = (words: string) => {
    setChanged(words)
    void reload()
  }

  const issue = async (purpose: 'family' | 'self') => {
    try {
      const issued = await call('bindingCode.issue', { cadreId, purpose })
      setCode(`${purpose === 'self' ? '老人本人' : '家属'}绑定码：${issued.code.slice(0, 4)} ${issued.code.slice(4)}（7 天内有效）`)
      setCodeError('')
      void reload()
    } catch (e) {
      setCodeError(e instanceof ApiError ? e.message : '没有发出，请再试一次')
    }
  }

  return (
    <Screen title={data ? data.name : '老人详情'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data ? (
        <View>
          <Card>
            <Text className='t-huge'>{data.age} 岁</Text>
            <View>
              <Text className='t-body'>
                {data.gender} · {data.category} · {data.livesAlone ? '独居' : '与家人同住'}
              </Text>
            </View>
            <View>
              <Text className='t-body'>住址：{data.address}</Text>
            </View>
            <View>
              <Text className='t-body'>电话：{data.phone ?? (data.phoneMasked || '没有手机')}</Text>
            </View>
            <View>
              <Text className='t-body t-muted'>所属：{data.community.name}</Text>
            </View>
          </Card>
          {data.mayRaiseSos ? <SosPanel cadreId={cadreId} label={`替${data.name}求助`} dutyPhone={data.community.dutyPhone} /> : null}
          {data.phone ? <CallButton kind='primary' label={`打电话给${data.name}`} phone={data.phone} /> : null}
          {/* Staff are the community: their page calls the cadre, not their own office. */}
          {data.canManage ? null : (
            <CallButton
              kind={data.phone ? 'secondary' : 'primary'}
              label={`打电话给${data.community.name}`}
              phone={data.community.dutyPhone}
            />
          )}
          {data.editable?.length ? (
            <Button
              label='改信息'
              hint={
                data.canManage
                  ? '住址、电话、网格、原单位…，改动都有记录'
                  : `能改${data.editable.length > 1 ? '住址和电话' : '电话'}，改动都有记录`
              }
              onPress={() => go('cadreEdit', { id: cadreId })}
            />
          ) : null}
          {cadreActions(data, cadreId).map((a) => (
            <Button key={a.label} label={a.label} hint={a.hint} onPress={() => void Taro.navigateTo({ url: a.url })} />
          ))}
          <Section title='绑定的家人'>
            {data.family.length === 0 ? <Notice kind='info' text='还没有家人绑定。' /> : null}
            {data.family.map((l) => (
              <Card key={l.id}>
                <Text className='t-strong'>
                  {l.familyName}（{l.relation}）
                </Text>
                <View>
                  <Text className='t-body'>{l.status === 'active' ? '✔ 已绑定' : '○ 等待确认'}</Text>
                </View>
              </Card>
            ))}
          </Section>
          {data.canManage && data.record ? <StatusPanel key={data.record.rev} record={data.record} onChanged={changedTo} /> : null}
          {data.canManage && data.record ? (
            <TransferPanel key={`t${data.record.rev}`} record={data.record} here={data.community.name} onChanged={changedTo} />
          ) : null}
          {changed ? <Notice kind='ok' text={changed} /> : null}
          {data.record ? <History cadreId={cadreId} /> : null}
          {data.canManage ? (
            <Section title='发绑定码'>
              {(data.openCodes ?? []).map((c) => (
                <Notice key={c.words} kind={c.locked ? 'error' : 'info'} text={c.words} />
              ))}
              {code ? <Notice kind='ok' text={code} /> : null}
              {codeError ? <Notice kind='error' text={codeError} /> : null}
              <Button label='给家属发绑定码' onPress={() => void issue('family')} />
              <Button label='结对志愿者' onPress={() => go('pairing', { cadreId })} />
              {!data.hasWeChat ? <Button label='给老人本人发绑定码' onPress={() => void issue('self')} /> : null}
            </Section>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}

/** The ways on from a cadre's page, each offered only when the viewer's declarations admit it (`may`). */
function cadreActions(data: CadreDetail, cadreId: string): { label: string; hint?: string; url: string }[] {
  const staffCard = data.may.includes('card.record')
  const all: { action: CadreAction; label: string; hint?: string; url: string }[] = [
    { action: 'care.get', label: '照护档案', hint: '四个必须知道、紧急联系人', url: urlOf('careProfile', { cadreId }) },
    {
      action: 'service.catalog',
      label: data.canManage ? `替${data.name}预约服务` : '预约上门服务',
      url: urlOf('catalog', { cadreId }),
    },
    {
      action: 'visit.report',
      label: '告诉社区：住院、大事',
      hint: '社区会上门看望',
      url: urlOf('report', { cadreId }),
    },
    { action: 'booking.list', label: '看看预约', url: urlOf('bookings', { cadreId }) },
    { action: 'contactCard.get', label: '联系卡', hint: '要紧的电话，可以存成图片打印', url: urlOf('contactCard', { cadreId }) },
    { action: 'voice.submit', label: '意见建议', hint: '替老人给社区提建议、意见或投诉', url: urlOf('voices', { cadreId }) },
    {
      action: 'card.entries',
      label: staffCard ? '服务卡（充值、退款）' : '服务卡',
      url: urlOf('card', { cadreId, staff: staffCard ? '1' : undefined }),
    },
  ]
  return all.filter((a) => data.may.includes(a.action))
}

/** 改动记录: who changed what and when, read only when asked for (most visits to the page do not need it). */
function History({ cadreId }: { cadreId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <Section title='改动记录'>
      {open ? (
        <HistoryEntries cadreId={cadreId} />
      ) : (
        <Button label='看改动记录' hint='谁、什么时候、从什么改成什么' onPress={() => setOpen(true)} />
      )}
    </Section>
  )
}

function HistoryEntries({ cadreId }: { cadreId: string }) {
  const { data, error, loading } = useAction('cadre.history', { cadreId })
  return (
    <View>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data?.entries.length === 0 ? <Notice kind='info' text='登记以后还没有改过。' /> : null}
      {data?.entries.map((e, i) => (
        <Card key={i}>
          <Text className='t-strong'>
            {e.atWords} · {e.byName} · {e.what}
          </Text>
          {e.changes.map((c) => (
            <View key={c.label}>
              <Text className='t-body'>
                {c.label}：{c.from || '（空）'} → {c.to || '（空）'}
              </Text>
            </View>
          ))}
          {e.reason ? (
            <View>
              <Text className='t-body t-muted'>原因：{e.reason}</Text>
            </View>
          ) : null}
        </Card>
      ))}
    </View>
  )
}
