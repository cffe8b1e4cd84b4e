// 服务目录与人员: staff set prices and pause services, pause a provider or give them a day off.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { ProviderDetail, ServiceView } from '@cloud/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { dayFromToday, pickedWords } from '../../../days'
import { PickField } from '../../../components/pick-field'

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日']

/** "周一、二、三 08:00–11:00" per distinct span of hours. */
function hoursWords(p: ProviderDetail): string {
  const spans = new Map<string, number[]>()
  for (const w of p.availability) spans.set(`${w.from}–${w.to}`, [...(spans.get(`${w.from}–${w.to}`) ?? []), w.weekday])
  if (spans.size === 0) return '没有设工作时间'
  return [...spans].map(([span, days]) => `周${days.map((d) => WEEKDAYS[d]).join('、')} ${span}`).join('；')
}

export default function Desk() {
  const { data, error, loading, reload } = useAction('serviceDesk.get', {})
  const { result, submit } = useSubmit(reload, '没有保存，请再试一次')
  const save = async (run: () => Promise<unknown>, done: string) => void (await submit(run, () => done))
  return (
    <Screen title='服务目录与人员'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data ? (
        <Section title='服务目录'>
          {data.services.map((s) => (
            <ServiceCard key={s.key} service={s} save={save} />
          ))}
        </Section>
      ) : null}
      {data ? (
        <Section title='服务人员'>
          {data.providers.map((p) => (
            <ProviderCard key={p.id} provider={p} services={data.services} save={save} />
          ))}
        </Section>
      ) : null}
    </Screen>
  )
}

type Save = (run: () => Promise<unknown>, done: string) => Promise<void>

function ServiceCard({ service: s, save }: { service: ServiceView & { active: boolean }; save: Save }) {
  const [yuan, setYuan] = useState((s.priceFen / 100).toFixed(2))
  const rules = {
    serviceKey: s.key,
    priceFen: s.priceFen,
    durationMin: s.durationMin,
    minNoticeHours: s.minNoticeHours,
    cutoffHours: s.cutoffHours,
    active: s.active,
  }
  const priceFen = Math.round(Number(yuan) * 100)
  return (
    <Card>
      <Text className='t-strong'>
        {s.name} {s.active ? '' : '（已暂停）'}
      </Text>
      <View>
        <Text className='t-body'>
          {s.price} · {s.durationMin} 分钟 · 提前 {s.minNoticeHours} 小时约 · 上门前 {s.cutoffHours} 小时截止取消
        </Text>
      </View>
      <Field label={`${s.name}价格（元）`} value={yuan} onInput={setYuan} type='digit' maxlength={8} />
      <View className='row'>
        <Button
          label='保存价格'
          onPress={() =>
            void save(
              () => call('serviceType.update', { ...rules, priceFen: Number.isFinite(priceFen) ? priceFen : -1 }),
              `${s.name}的价格已改为 ${yuan}\u00a0元`,
            )
          }
        />
        <Button
          label={s.active ? '暂停这项服务' : '恢复这项服务'}
          onPress={() =>
            void save(() => call('serviceType.update', { ...rules, active: !s.active }), `${s.name}已${s.active ? '暂停' : '恢复'}`)
          }
        />
      </View>
    </Card>
  )
}

function ProviderCard({ provider: p, services, save }: { provider: ProviderDetail; services: ServiceView[]; save: Save }) {
  const [dayOff, setDayOff] = useState('')
  const names = p.services.map((k) => services.find((s) => s.key === k)?.name ?? k).join('、')
  const fields = {
    providerId: p.id,
    name: p.name,
    kind: p.kind as '签约服务人员' | '志愿者',
    phone: p.phone,
    services: p.services,
    ...(p.grid ? { grid: p.grid } : {}),
    availability: p.availability,
    daysOff: p.daysOff,
    bufferMin: p.bufferMin,
    active: p.active,
  }
  return (
    <Card>
      <Text className='t-strong'>
        {p.name}（{p.kind}）{p.active ? '' : ' · 暂停派单'}
      </Text>
      <View>
        <Text className='t-body'>会做：{names}</Text>
      </View>
      <View>
        <Text className='t-body'>
          时间：{hoursWords(p)}；两家之间留 {p.bufferMin} 分钟
        </Text>
      </View>
      <View>
        <Text className='t-body'>休息日：{p.daysOff.length ? p.daysOff.join('、') : '没有'}</Text>
      </View>
      <PickField label={`给${p.name}加一天休息`} mode='date' value={dayOff} onChange={setDayOff} start={dayFromToday()} />
      <View className='row'>
        <Button
          label='加休息日'
          disabled={!dayOff}
          onPress={() =>
            void save(
              () => call('provider.save', { ...fields, daysOff: [...p.daysOff, dayOff] }),
              `${p.name} ${pickedWords('date', dayOff)} 休息`,
            )
          }
        />
        <Button
          label={p.active ? '暂停派单' : '恢复派单'}
          onPress={() =>
            void save(() => call('provider.save', { ...fields, active: !p.active }), `${p.name}已${p.active ? '暂停' : '恢复'}派单`)
          }
        />
      </View>
    </Card>
  )
}
