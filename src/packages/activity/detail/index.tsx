// 活动详情: what, when, where, how to get in, and one big button — 报名, or 取消报名 (pressed twice to be sure).
// The cadre's place is in words: 已报名, or 候补第3位 with what that means.
import { View, Text, Image } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen } from '../../../components/screen'
import { BigButton, Button } from '../../../components/controls'
import { Card } from '../../../components/card'
import { activityStatus } from '../../../components/activity-card'
import { Loading, Notice } from '../../../components/notice'
import './index.css'
import { RemindMe } from '../../../components/wechat-reminders'
import { usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { useShareCard } from '../../../api/share'
import { PhotoStrip } from '../../../components/photo-picker'
import type { ActivityView } from '@cloud/contracts'

export default function ActivityDetail() {
  const params = usePageParams('activity')
  const input = { activityId: params.id, cadreId: params.cadreId }
  const { data: a, error, loading, setData } = useAction('activity.get', input)
  // A daughter shares the activity to the family group: who opens it sees it for the same cadre, if bound to him.
  useShareCard(() =>
    a
      ? { title: `${a.title}（${a.when}）`, route: 'activity', params: { id: a.id, cadreId: params.cadreId }, imageUrl: a.cover?.url }
      : null,
  )
  const [sure, setSure] = useState(false)
  // A sign-up's answer carries no picture addresses (they cost a call to storage): the page keeps those it has.
  const keepPictures = (done: ActivityView) => setData({ ...done, cover: a?.cover, photos: a?.photos })
  const { result, busy, submit } = useSubmit()
  const signUp = () =>
    void submit(
      () => call('activity.signUp', input),
      (done) => {
        keepPictures(done)
        return done.mine?.status === 'confirmed'
          ? `已为${done.mine.cadreName}报上名`
          : `名额已满，${done.mine?.cadreName ?? ''}排在${done.mine?.words ?? '候补'}，有人退出会自动补上并通知`
      },
    )
  const withdraw = () =>
    void submit(
      () => call('activity.withdraw', input),
      (done) => {
        keepPictures(done)
        setSure(false)
        return '已取消报名'
      },
    )
  return (
    <Screen title={a?.title ?? '活动'}>
      {loading && !a ? <Loading /> : null}
      <LoadError error={error} />
      {a ? (
        <View>
          {a.cover?.url ? <Image className='activity-cover' src={a.cover.url} mode='aspectFill' aria-label={`${a.title}的封面`} /> : null}
          <Card>
            <Text className='t-strong'>{a.when}</Text>
            <View>
              <Text className='t-body'>{a.hours}</Text>
            </View>
            <View>
              <Text className='t-body'>地点：{a.room}</Text>
            </View>
            {a.accessibility ? (
              <View>
                <Text className='t-body'>方便出入：{a.accessibility}</Text>
              </View>
            ) : null}
            <View>
              <Text className='t-body'>
                名额 {a.capacity} 个，已报 {a.confirmed} 人 · 报名截止 {a.deadline}
              </Text>
            </View>
          </Card>
          {a.description ? (
            <Card>
              <Text className='t-body'>{a.description}</Text>
            </Card>
          ) : null}
          {a.photos?.length ? <PhotoStrip photos={a.photos} label='活动现场照片' /> : null}
          <Card>
            <Text className='t-strong activity-status'>
              {a.mine ? `${a.mine.cadreName}：` : ''}
              {activityStatus(a)}
            </Text>
            {a.mine?.status === 'waitlisted' ? (
              <View>
                <Text className='t-body'>前面有人取消时，会按顺序自动补上，并发消息告诉您。</Text>
              </View>
            ) : null}
          </Card>
          {result ? <Notice kind={result.kind} text={result.text} /> : null}
          {result?.kind === 'ok' && a.mine?.status ? (
            <RemindMe kinds={['activity']} moment='signup' label='活动前一天用微信提醒我' />
          ) : null}
          {a.signupOpen && !a.mine?.status ? (
            <BigButton
              label={a.seatsLeft > 0 ? '报名' : '排候补'}
              hint={a.seatsLeft > 0 ? `还有 ${a.seatsLeft} 个名额` : '已报满'}
              disabled={busy}
              onPress={signUp}
            />
          ) : null}
          {a.signupOpen && a.mine?.status && !sure ? <Button label='取消报名' onPress={() => setSure(true)} /> : null}
          {sure ? (
            <Card>
              <Text className='t-strong'>确定不去了吗？</Text>
              <Button kind='danger' label='确定取消报名' disabled={busy} onPress={withdraw} />
              <Button label='再想想' onPress={() => setSure(false)} />
            </Card>
          ) : null}
        </View>
      ) : null}
    </Screen>
  )
}
