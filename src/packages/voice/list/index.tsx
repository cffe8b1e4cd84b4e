// 意见建议 of one cadre (the cadre or family): a short form to tell the community something — a suggestion, an
// opinion, a complaint (about a visit, when opened from it) — and everything sent before, with every reply and
// a rating once the community has finished it.
import { View } from '@tarojs/components'
import { useState } from 'react'
import { VOICE_KINDS, DAYS_TO_FINISH, type VoiceKind } from '@cloud/features/voice/rules'
import { call } from '../../../api'
import { newRequestId } from '../../../api/requestId'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Choice, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'
import { PhotoPicker } from '../../../components/photo-picker'
import { VoiceCard } from '../../../components/voice-card'
import { Rate } from '../../../components/rating'
import { usePageParams } from '../../../routes'

export default function Voices() {
  const { cadreId, bookingId } = usePageParams('voices')
  const list = usePagedAction('voice.list', { cadreId }, 'voices')
  const { data, error, loading, reload } = list
  const rating = useSubmit(reload)
  return (
    <Screen title='意见建议'>
      <Compose cadreId={cadreId} bookingId={bookingId} onSent={reload} />
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {rating.result ? <Notice kind={rating.result.kind} text={rating.result.text} /> : null}
      {data && list.items.length > 0 ? (
        <Section title='提过的'>
          {list.items.map((v) => (
            <View key={v.id}>
              <VoiceCard v={v} />
              {v.canRate ? (
                <Rate
                  title='社区办得怎么样'
                  onRate={(stars) =>
                    void rating.submit(
                      () => call('voice.rate', { voiceId: v.id, stars }),
                      () => '谢谢您的评价',
                    )
                  }
                />
              ) : null}
            </View>
          ))}
          <ListFooter {...list} shown={list.items.length} unit='条' />
        </Section>
      ) : null}
    </Screen>
  )
}

const KIND_HINTS: Record<VoiceKind, string> = {
  建议: `想让社区多做点什么（${DAYS_TO_FINISH.建议} 天内答复）`,
  意见: `社区哪里做得不好（${DAYS_TO_FINISH.意见} 天内答复）`,
  投诉: `服务人员、上门服务有问题（${DAYS_TO_FINISH.投诉} 天内答复）`,
}

function Compose({ cadreId, bookingId, onSent }: { cadreId: string; bookingId?: string; onSent: () => Promise<void> }) {
  const [kind, setKind] = useState<VoiceKind | null>(bookingId ? '投诉' : null)
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<{ tickets: string[]; sending: boolean }>({ tickets: [], sending: false })
  // One id per filled-in form: pressing 发送 twice sends it once; a new form (after one is sent) gets a new one.
  const [requestId, setRequestId] = useState(newRequestId)
  const { result, busy, submit } = useSubmit(onSent, '没有发出去，请再试一次')
  const send = () =>
    kind &&
    void submit(
      () =>
        call('voice.submit', {
          cadreId,
          requestId,
          kind,
          text: text.trim(),
          ...(bookingId && kind === '投诉' ? { bookingId } : {}),
          ...(photos.tickets.length ? { photos: photos.tickets } : {}),
        }),
      (v) => {
        setRequestId(newRequestId())
        setKind(null)
        setText('')
        return `发给社区了，社区会在 ${DAYS_TO_FINISH[v.kind]} 天内答复办结，答复会发到“我的消息”`
      },
    )
  return (
    <Section title='给社区说一说'>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {bookingId ? <Notice kind='info' text='投诉刚才那次上门服务：说说发生了什么' /> : null}
      <Choice label='想说的是' options={VOICE_KINDS} value={kind} onChange={setKind} />
      {kind ? <Notice kind='info' text={KIND_HINTS[kind]} /> : null}
      {kind ? (
        <View>
          <Field multiline label='想说的话' value={text} onInput={setText} maxlength={500} testId='voice-text' />
          <PhotoPicker
            key={requestId}
            label='照片（可以不加，最多 3 张）'
            about={{ cadreId, purpose: 'voicePhoto' }}
            most={3}
            onChange={(tickets, sending) => setPhotos({ tickets, sending })}
          />
          <BigButton label='发给社区' disabled={busy || photos.sending || text.trim().length < 2} onPress={send} />
        </View>
      ) : null}
    </Section>
  )
}
