// 意见建议办理: for staff, their community's open ones first, soonest due first (overdue marked ⚠), then those
// finished; for the bureau, those past their day anywhere in the city, then those it took over (督办). Each open
// one takes a reply, which accepts it, or a reply that finishes it.
import { View } from '@tarojs/components'
import { useState } from 'react'
import type { VoiceView } from '@cloud/contracts'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Field } from '../../../components/controls'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'
import { VoiceCard } from '../../../components/voice-card'

export default function VoiceDesk() {
  const list = usePagedAction('voice.list', {}, 'voices')
  const { data, error, loading, reload } = list
  const open = list.items.filter((v) => v.status !== 'closed')
  const done = list.items.filter((v) => v.status === 'closed')
  // Said at the top: a finished one moves down to 办结的, so its own form is gone by the time the answer comes.
  const sending = useSubmit(reload)
  return (
    <Screen title='意见建议办理'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {sending.result ? <Notice kind={sending.result.kind} text={sending.result.text} /> : null}
      {data ? (
        <Section title={data.open ? `没办结的 ${data.open} 条` : '没办结的'}>
          {open.length === 0 ? <Notice kind='info' text='没有要办的。' /> : null}
          {open.map((v) => (
            <Answer key={v.id} v={v} sending={sending} />
          ))}
        </Section>
      ) : null}
      {done.length > 0 ? (
        <Section title='办结的'>
          {done.map((v) => (
            <VoiceCard key={v.id} v={v} showCadre />
          ))}
        </Section>
      ) : null}
      <ListFooter {...list} shown={list.items.length} unit='条' />
    </Screen>
  )
}

function Answer({ v, sending: { busy, submit } }: { v: VoiceView; sending: ReturnType<typeof useSubmit> }) {
  const [text, setText] = useState('')
  const reply = (close: boolean) =>
    void submit(
      () => call('voice.reply', { voiceId: v.id, text: text.trim(), close }),
      () => {
        setText('')
        return close ? `${v.cadreName}的${v.kind}已办结，答复已发给老人和家属` : `已答复${v.cadreName}，老人和家属会收到`
      },
    )
  const short = text.trim().length < 2
  return (
    <View className='voice-answer'>
      <VoiceCard v={v} showCadre />
      <Field
        multiline
        label={`答复${v.cadreName}`}
        placeholder='写给老人和家属的话'
        value={text}
        onInput={setText}
        maxlength={500}
        testId='voice-reply'
      />
      <Button kind='primary' label='答复并办结' disabled={busy || short} onPress={() => reply(true)} />
      <Button label='先答复，还在办理' disabled={busy || short} onPress={() => reply(false)} />
    </View>
  )
}
