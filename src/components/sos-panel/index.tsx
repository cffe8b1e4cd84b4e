// 一键通 on a page: the big button (native on the phone, its counterpart in the browser), then — once pressed —
// the call stored first, the community's duty line dialled, and where the call stands, refreshed every 10 s.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { call } from '../../api'
import { dial } from '../../api/dial'
import { useAction } from '../../api/useAction'
import { useSubmit } from '../../api/useSubmit'
import { Card } from '../card'
import { Button } from '../controls'
import { Notice } from '../notice'
import { SosButton } from '../sos-button'

/** During the countdown the tab bar is hidden, so a tap elsewhere cannot leave the page while the call is coming. */
const holdPage = (hold: boolean) =>
  void (hold ? Taro.hideTabBar({ animation: false }) : Taro.showTabBar({ animation: false })).catch(() => {})

export function SosPanel({ cadreId, label, dutyPhone }: { cadreId: string; label: string; dutyPhone: string }) {
  const { data, reload } = useAction('sos.status', { cadreId })
  const { result, busy, submit } = useSubmit(reload, '求助没有发出去，正在为您拨打社区值班电话')
  const [cancelled, setCancelled] = useState(false)
  const event = data?.event
  const live = event && event.status !== 'closed'
  useEffect(() => {
    if (!live) return
    const timer = setInterval(() => void reload(), 10_000)
    return () => clearInterval(timer)
  }, [live, reload])
  useEffect(() => () => holdPage(false), [])
  const start = () => {
    setCancelled(false)
    holdPage(true)
  }
  const cancel = () => {
    holdPage(false)
    setCancelled(true)
  }
  const raise = async () => {
    holdPage(false)
    const raised = await submit(
      () => call('sos.raise', { cadreId }),
      (e) => `已发出求助，${e.statusWords}。正在拨打社区值班电话。`,
    )
    // The call is stored (or could not be): either way the phone now dials the duty line.
    dial(raised?.dutyPhone ?? dutyPhone)
  }
  /** 误按: ends the call and tells everyone already told, so nobody keeps worrying or comes for nothing. */
  const standDown = (eventId: string) =>
    void submit(
      () => call('sos.falseAlarm', { eventId }),
      () => '好的，已告诉家人和社区：没事了，是误按。',
    )
  return (
    <View>
      {process.env.TARO_ENV === 'weapp' ? (
        <sos-button label={label} onStart={start} onCancel={cancel} onConfirm={() => void raise()} />
      ) : (
        <SosButton label={label} onStart={start} onCancel={cancel} onConfirm={() => void raise()} />
      )}
      {cancelled ? <Notice kind='ok' text='已取消，没有呼叫。' /> : null}
      {result && !cancelled ? <Notice kind={result.kind} text={result.text} /> : null}
      {live ? (
        <Card>
          <Text className='t-strong'>
            {event.cadreName} {event.atWords} 的求助：{event.statusWords}
          </Text>
          {event.steps.slice(-3).map((s, i) => (
            <View key={i}>
              <Text className='t-body t-muted'>
                {s.atWords} {s.words}
              </Text>
            </View>
          ))}
          {/* Shown once the press is fully done: a tap while it is still under way would be dropped. */}
          {busy ? null : (
            <Button
              label='我没事了（误按）'
              hint='告诉已经通知到的家人和社区'
              onPress={() => standDown(event.id)}
              testId='sos-false-alarm'
            />
          )}
        </Card>
      ) : null}
    </View>
  )
}
