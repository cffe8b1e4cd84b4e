// 银发人才库 (staff): the community's cadres by what they can do, found by a word (调解, 书法…), those who have
// served most first; invite one to a need; the invitations still open, and the hours served recorded with a few
// words of thanks that go on the 宣传栏.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { TALENT_NEEDS, type TalentNeed } from '@cloud/core/categories'
import type { InvitationView, TalentView } from '@cloud/contracts'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { LoadError } from '../../../components/load-error'

const HOURS = ['1', '2', '3', '4', '6', '8'] as const

export default function Talent() {
  const [word, setWord] = useState('')
  const [asked, setAsked] = useState('')
  const list = usePagedAction('talent.search', asked ? { word: asked } : {}, 'talents')
  const open = useAction('talent.invitations', {})
  const sending = useSubmit(async () => {
    await Promise.all([list.reload(), open.reload()])
  })
  return (
    <Screen title='银发人才库'>
      <LoadError error={list.error ?? open.error} />
      {sending.result ? <Notice kind={sending.result.kind} text={sending.result.text} /> : null}
      {open.data?.invitations.length ? (
        <Section title='还没服务完的邀请'>
          {open.data.invitations.map((i) => (
            <Served key={i.id} i={i} sending={sending} />
          ))}
        </Section>
      ) : null}
      <Section title='找人'>
        <Field label='会做什么' placeholder='比如：调解、书法、辅导' value={word} onInput={setWord} maxlength={20} testId='talent-word' />
        <Button kind='primary' label='找一找' onPress={() => setAsked(word.trim())} />
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && list.items.length === 0 ? (
          <Notice kind='info' text='没有找到。老人的爱好特长写在照护档案里，也可以请老人在宣传栏报一项能出的力。' />
        ) : null}
        {list.items.map((t) => (
          <Invite key={t.cadreId} t={t} sending={sending} />
        ))}
        <ListFooter {...list} shown={list.items.length} unit='位' />
      </Section>
    </Screen>
  )
}

type Sending = ReturnType<typeof useSubmit>

function Invite({ t, sending: { busy, submit } }: { t: TalentView; sending: Sending }) {
  const [need, setNeed] = useState<TalentNeed | null>(null)
  const [detail, setDetail] = useState('')
  return (
    <Card>
      <Text className='t-strong'>
        {t.name}（{t.age} 岁）
      </Text>
      <View>
        <Text className='t-body'>会：{t.skills.join('、')}</Text>
      </View>
      <View>
        <Text className='t-body t-muted'>{t.hours ? `已服务 ${t.hours} 小时` : '还没有服务记录'}</Text>
      </View>
      <Choice label={`请${t.name}帮忙`} options={TALENT_NEEDS} value={need} onChange={setNeed} />
      {need ? (
        <View>
          <Field label='请老人做什么' value={detail} onInput={setDetail} maxlength={200} />
          <Button
            kind='primary'
            label={`邀请${t.name}`}
            disabled={busy || detail.trim().length < 2}
            onPress={() =>
              void submit(
                () => call('talent.invite', { cadreId: t.cadreId, need, detail: detail.trim() }),
                () => `邀请发给${t.name}了，老人或家属答复后会告诉您`,
              )
            }
          />
        </View>
      ) : null}
    </Card>
  )
}

function Served({ i, sending: { busy, submit } }: { i: InvitationView; sending: Sending }) {
  const [hours, setHours] = useState<(typeof HOURS)[number] | null>(null)
  const [thanks, setThanks] = useState('')
  return (
    <Card>
      <Text className='t-strong'>
        {i.cadreName} · {i.need} · {i.statusWords}
      </Text>
      <View>
        <Text className='t-body'>{i.detail}</Text>
      </View>
      {i.status === 'accepted' ? (
        <View>
          <Choice label='服务了几小时' options={HOURS} value={hours} onChange={setHours} />
          <Field label='表彰的话（可不填，写了会上宣传栏）' value={thanks} onInput={setThanks} maxlength={200} />
          <Button
            kind='primary'
            label='记下服务时长'
            disabled={busy || !hours}
            onPress={() =>
              void submit(
                () =>
                  call('talent.answer', { invitationId: i.id, hours: Number(hours), ...(thanks.trim() ? { commend: thanks.trim() } : {}) }),
                () => `记下了：${i.cadreName}服务 ${hours} 小时`,
              )
            }
          />
        </View>
      ) : null}
    </Card>
  )
}
