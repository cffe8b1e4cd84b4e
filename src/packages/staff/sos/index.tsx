// 一键通值班台 (staff): calls for help not yet closed first — the longest waiting on top — with the cadre's
// address, phone, family, health summary, emergency contacts in calling order and what has been done;
// 我来处理, a note, and 处理完毕 with the outcome.
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { SosConsoleItem } from '@cloud/contracts'
import { call } from '../../../api'
import { usePagedAction } from '../../../api/usePagedAction'
import { ListFooter } from '../../../components/list-footer'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, CallButton, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'

const SIGNS = { open: '⚠', acknowledged: '▶', closed: '✔' } as const

export default function SosConsole() {
  const desk = usePagedAction('sos.console', {}, 'events')
  const { data, error, loading, reload } = desk
  const { result, busy, submit } = useSubmit(reload)
  useEffect(() => {
    const timer = setInterval(() => void reload(), 10_000)
    return () => clearInterval(timer)
  }, [reload])
  const live = desk.items.filter((e) => e.status !== 'closed')
  const done = desk.items.filter((e) => e.status === 'closed')
  return (
    <Screen title='一键通值班台'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      {data && live.length === 0 ? <Notice kind='ok' text='现在没有求助。' /> : null}
      {data && live.length > 0 ? <Notice kind='error' text={`${live.length} 个求助还没处理完，全部在下面`} /> : null}
      {live.map((e) => (
        <Live key={e.id} e={e} busy={busy} submit={submit} />
      ))}
      {done.length > 0 ? (
        <Section title={`最近一周处理完的（${desk.total - (data?.open ?? 0)}）`}>
          {done.map((e) => (
            <Card key={e.id}>
              <Text className='t-strong'>
                {SIGNS.closed} {e.cadreName} · {e.atWords}
              </Text>
              <View>
                <Text className='t-body'>{e.statusWords}</Text>
              </View>
            </Card>
          ))}
          <ListFooter {...desk} shown={desk.items.length} unit='个' />
        </Section>
      ) : null}
    </Screen>
  )
}

function Live({ e, busy, submit }: { e: SosConsoleItem; busy: boolean; submit: ReturnType<typeof useSubmit>['submit'] }) {
  return (
    <Card>
      <Text className='t-strong'>
        {SIGNS[e.status]} {e.cadreName} · {e.atWords} · {e.statusWords}
      </Text>
      <View>
        <Text className='t-body'>住址：{e.address}</Text>
      </View>
      {e.grid ? (
        <View>
          <Text className={e.mine ? 't-strong' : 't-body'}>
            {e.mine ? `您负责的${e.grid}` : `${e.grid}${e.keeperName ? ` · ${e.keeperName}负责` : ''}`}
          </Text>
        </View>
      ) : null}
      <View>
        <Text className='t-body'>
          {e.livesAlone ? '独居' : '与家人同住'}
          {e.family.length ? ` · 家属：${e.family.map((f) => `${f.name}（${f.relation}）`).join('、')}` : ''}
        </Text>
      </View>
      {e.health ? (
        <View>
          <Text className='t-body'>健康：{e.health}</Text>
        </View>
      ) : null}
      {e.steps.map((s, i) => (
        <View key={i}>
          <Text className='t-body t-muted'>
            {s.atWords} {s.words}
          </Text>
        </View>
      ))}
      {e.phone ? <CallButton kind='primary' label={`打给${e.cadreName}`} phone={e.phone} /> : null}
      {e.status === 'closed'
        ? null
        : e.contacts.map((c, i) => <CallButton key={i} label={`${i + 1}. 打给${c.kind} ${c.name}`} phone={c.phone} />)}
      {e.status === 'open' ? (
        <BigButton
          label='我来处理'
          hint='告诉家属社区已响应'
          disabled={busy}
          onPress={() =>
            void submit(
              () => call('sos.acknowledge', { eventId: e.id }),
              () => `已响应${e.cadreName}的求助`,
            )
          }
        />
      ) : null}
      <WriteThen
        label='记一笔'
        placeholder='如：已到家，老人头晕'
        button='记下'
        busy={busy}
        send={(text) =>
          submit(
            () => call('sos.note', { eventId: e.id, text }),
            () => '已记下',
          )
        }
      />
      <WriteThen
        label='处理结果'
        placeholder='如：已送医院，家属陪同'
        button='处理完毕'
        busy={busy}
        send={(outcome) =>
          submit(
            () => call('sos.close', { eventId: e.id, outcome }),
            () => `${e.cadreName}的求助已处理完`,
          )
        }
      />
    </Card>
  )
}

/** A line to write and the button that sends it; the line empties once it has gone. */
function WriteThen(props: { label: string; placeholder: string; button: string; busy: boolean; send: (text: string) => Promise<unknown> }) {
  const [text, setText] = useState('')
  const go = async () => {
    if ((await props.send(text.trim())) !== undefined) setText('')
  }
  return (
    <View>
      <Field label={props.label} value={text} onInput={setText} maxlength={200} placeholder={props.placeholder} />
      <Button label={props.button} disabled={props.busy} onPress={() => void go()} />
    </View>
  )
}
