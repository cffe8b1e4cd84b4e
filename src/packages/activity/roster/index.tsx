// 名单与签到 (staff): who is coming and who waits, in order; mark each one who came (at the door or after);
// edit the activity, or cancel it with a reason — everyone signed up and their family are told.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { call, ApiError } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { PhotoPicker } from '../../../components/photo-picker'
import type { ActivityView } from '@cloud/contracts'

type Submit = ReturnType<typeof useSubmit>['submit']

export default function Roster() {
  const params = usePageParams('activityRoster')
  const activityId = params.id
  const roster = usePagedAction('activity.roster', { activityId }, 'confirmed', 'waitlisted')
  const { data, error, loading, setSummary, reload } = roster
  const { result, busy, submit } = useSubmit()
  const [reason, setReason] = useState('')
  const [cancelling, setCancelling] = useState(false)
  const attend = (cadreId: string, cadreName: string, attended: boolean) =>
    void submit(
      () => call('activity.attend', { activityId, cadreId, attended }),
      (answer) => {
        // The shown pages stay; only this row and the counts change.
        roster.setItems((rows) => rows.map((c) => (c.cadreId === cadreId ? { ...c, attended } : c)))
        setSummary(answer)
        return attended ? `${cadreName} 已签到` : `${cadreName} 改为没来`
      },
    )
  const cancel = () =>
    void submit(
      () => call('activity.cancel', { activityId, reason: reason.trim() }),
      (a) => {
        if (data) setSummary({ ...data, activity: a })
        setCancelling(false)
        return '活动已取消，已发消息告诉报了名的老人和家属'
      },
    )
  const a = data?.activity
  return (
    <Screen title={a?.title ?? '名单与签到'}>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {a && data ? (
        <View>
          <Card>
            <Text className='t-strong'>{a.when}</Text>
            <View>
              <Text className='t-body'>
                {a.room} · 名额 {a.capacity} · 已报 {data.counts.confirmed} · 候补 {data.counts.waitlisted} · 到场 {data.counts.attended}
              </Text>
            </View>
            {a.status === 'cancelled' ? (
              <View>
                <Text className='t-strong'>✖ 活动已取消</Text>
              </View>
            ) : null}
          </Card>
          <Section title={`报上名的（${data.counts.confirmed} 人，点“到了”签到）`}>
            {data.counts.confirmed === 0 ? <Notice kind='info' text='还没有人报名。' /> : null}
            {roster.items.map((c) => (
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
          {roster.alsoItems.length > 0 ? (
            <Section title={`候补（${data.counts.waitlisted} 人，有人取消就按顺序补上）`}>
              {roster.alsoItems.map((w) => (
                <Card key={w.cadreId}>
                  <Text className='t-body'>
                    第{w.place}位 · {w.cadreName}
                  </Text>
                </Card>
              ))}
            </Section>
          ) : null}
          {a.begun && a.status === 'open' ? <ActivityPhotos key={a.id} activity={a} /> : null}
          <ListFooter {...roster} shown={roster.items.length + roster.alsoItems.length} unit='人' />
          {a.signupOpen ? <SignUpFor activityId={a.id} busy={busy} submit={submit} onDone={() => void reload()} /> : null}
          {a.status === 'open' ? (
            <View>
              <Button label='修改活动' onPress={() => go('activityEdit', { id: a.id })} />
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

/** Staff sign up a cadre who asked by phone or at the door: by name, as on the roster. */
function SignUpFor({ activityId, busy, submit, onDone }: { activityId: string; busy: boolean; submit: Submit; onDone: () => void }) {
  const [name, setName] = useState('')
  const signUp = async () => {
    const { cadres, total } = await call('cadre.list', { keyword: name.trim() })
    const exact = cadres.filter((c) => c.name === name.trim())
    const cadre = exact.length === 1 ? exact[0] : cadres.length === 1 ? cadres[0] : null
    if (!cadre) throw new ApiError('NOT_FOUND', total ? `名册里有 ${total} 位老人对得上，请写全名` : '名册里没有这位老人')
    const done = await call('activity.signUp', { activityId, cadreId: cadre.id })
    onDone()
    return done
  }
  return (
    <Section title='替老人报名'>
      <Field label='老人姓名' value={name} onInput={setName} maxlength={20} testId='signup-name' />
      <Button
        label='替他报名'
        disabled={busy || !name.trim()}
        onPress={() =>
          void submit(
            signUp,
            (a) => `已为${a.mine?.cadreName ?? ''}${a.mine?.status === 'confirmed' ? '报上名' : `排上${a.mine?.words ?? '候补'}`}`,
          ).then((r) => r && setName(''))
        }
      />
    </Section>
  )
}

/** 活动现场照片: taken at the activity, kept as evidence for the 台帐; the cadres see them on the activity's page. */
function ActivityPhotos({ activity }: { activity: ActivityView }) {
  const [photos, setPhotos] = useState({ entries: activity.photos?.map((p) => p.fileRef) ?? [], sending: false, changed: false })
  const { result, busy, submit } = useSubmit(undefined, '照片没有保存，请再试一次')
  const save = () =>
    void submit(
      () => call('activity.savePhotos', { activityId: activity.id, photos: photos.entries }),
      (saved) => {
        setPhotos((p) => ({ ...p, changed: false }))
        return `已保存 ${saved.photoCount} 张现场照片，老人在活动页上能看到`
      },
    )
  return (
    <Section title='活动现场照片'>
      <PhotoPicker
        label='现场照片（最多 20 张）'
        about={{ purpose: 'activityPhoto' }}
        most={20}
        initial={activity.photos}
        onChange={(entries, sending) => setPhotos((p) => ({ entries, sending, changed: p.changed || entries.join() !== p.entries.join() }))}
      />
      {photos.sending ? <Notice kind='info' text='照片还在上传，传好了就能保存' /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button kind='primary' label='保存现场照片' disabled={busy || photos.sending || !photos.changed} onPress={save} />
    </Section>
  )
}
