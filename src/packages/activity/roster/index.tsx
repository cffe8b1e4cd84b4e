// 名单与签到 (staff): who is coming and who waits, in order; mark each one who came (at the door or after);
// edit the activity, or cancel it with a reason — everyone signed up and their family are told.
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'

export default function Roster() {
  const { params } = useRouter()
  const activityId = String(params.id ?? '')
  const { data, error, loading, setData } = useAction('activity.roster', { activityId })
  const { result, busy, submit } = useSubmit()
  const [reason, setReason] = useState('')
  const [cancelling, setCancelling] = useState(false)
  const attend = (cadreId: string, cadreName: string, attended: boolean) =>
    void submit(
      () => call('activity.attend', { activityId, cadreId, attended }),
      (roster) => {
        setData(roster)
        return attended ? `${cadreName} 已签到` : `${cadreName} 改为没来`
      },
    )
  const cancel = () =>
    void submit(
      () => call('activity.cancel', { activityId, reason: reason.trim() }),
      (a) => {
        if (data) setData({ ...data, activity: a })
        setCancelling(false)
        return '活动已取消，已发消息告诉报了名的老人和家属'
      },
    )
  const a = data?.activity
  const came = data?.confirmed.filter((c) => c.attended).length ?? 0
  return (
    <Screen title={a?.title ?? '名单与签到'}>
      {loading && !data ? <Loading /> : null}
      {error ? <Notice kind='error' text={error.message} /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {a && data ? (
        <View>
          <Card>
            <Text className='t-strong'>{a.when}</Text>
            <View>
              <Text className='t-body'>
                {a.room} · 名额 {a.capacity} · 已报 {a.confirmed} · 候补 {data.waitlisted.length} · 到场 {came}
              </Text>
            </View>
            {a.status === 'cancelled' ? (
              <View>
                <Text className='t-strong'>✖ 活动已取消</Text>
              </View>
            ) : null}
          </Card>
          <Section title='报上名的（点“到了”签到）'>
            {data.confirmed.length === 0 ? <Notice kind='info' text='还没有人报名。' /> : null}
            {data.confirmed.map((c) => (
              <Card key={c.cadreId}>
                <Text className='t-strong'>
                  {c.attended ? '✔ ' : ''}
                  {c.cadreName}
                </Text>
                <View>
                  <Text className='t-body t-muted'>{c.attended ? '已到场' : `由${c.byName}报名`}</Text>
                </View>
                <Button
                  kind={c.attended ? 'secondary' : 'primary'}
                  label={c.attended ? `${c.cadreName}改为没来` : `${c.cadreName}到了`}
                  disabled={busy}
                  onPress={() => attend(c.cadreId, c.cadreName, !c.attended)}
                />
              </Card>
            ))}
          </Section>
          {data.waitlisted.length > 0 ? (
            <Section title='候补（有人取消就按顺序补上）'>
              {data.waitlisted.map((w) => (
                <Card key={w.cadreId}>
                  <Text className='t-body'>
                    第{w.place}位 · {w.cadreName}
                  </Text>
                </Card>
              ))}
            </Section>
          ) : null}
          {a.status === 'open' ? (
            <View>
              <Button label='修改活动' onPress={() => void Taro.navigateTo({ url: `/packages/activity/edit/index?id=${a.id}` })} />
              {!cancelling ? <Button kind='danger' label='取消活动' onPress={() => setCancelling(true)} /> : null}
              {cancelling ? (
                <Card>
                  <Field label='取消原因（会告诉老人和家属）' value={reason} onInput={setReason} maxlength={200} testId='cancel-reason' />
                  <Button kind='danger' label='确定取消活动' disabled={busy} onPress={cancel} />
                  <Button label='不取消了' onPress={() => setCancelling(false)} />
                </Card>
              ) : null}
            </View>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}
