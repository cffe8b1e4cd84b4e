// 六室一站: the community's rooms; a week of the one chosen, each day's reservations in words; a time to reserve
// (staff) or ask for (a cadre or family member, for a small group) chosen by taps from what is still free; and for
// staff the requests waiting for an answer, and a way to cancel.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { ReservationView, RoomWeekView } from '@cloud/contracts'
import { call } from '../../../api'
import { newRequestId } from '../../../api/requestId'
import { useAction } from '../../../api/useAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { LoadError } from '../../../components/load-error'
import { dayFromToday } from '../../../days'
import { go, usePageParams } from '../../../routes'
import { freeStarts, staysFrom, toHhmm } from './times'

export default function Rooms() {
  const { cadreId, roomId: asked } = usePageParams('rooms')
  const { data, error, loading } = useAction('room.list', cadreId ? { cadreId } : {})
  const [chosen, setChosen] = useState(asked || '')
  const rooms = data?.rooms ?? []
  const roomId = chosen || rooms[0]?.id || ''
  const room = rooms.find((r) => r.id === roomId)
  // The bureau sees every community's rooms: each says whose.
  const citywide = new Set(rooms.map((r) => r.communityName)).size > 1
  const label = (r: (typeof rooms)[number]) => (citywide ? `${r.name}（${r.communityName}）` : r.name)
  return (
    <Screen title='六室一站'>
      {loading && !data ? <Loading /> : null}
      <LoadError error={error} />
      {data && rooms.length === 0 ? <Notice kind='info' text='社区还没有登记可以借用的屋子。' /> : null}
      {rooms.length > 1 ? (
        <Choice
          label='哪间屋子'
          options={rooms.map(label)}
          value={room ? label(room) : null}
          onChange={(l) => setChosen(rooms.find((r) => label(r) === l)!.id)}
        />
      ) : null}
      {roomId ? <Week key={roomId} roomId={roomId} cadreId={cadreId} /> : null}
      {data?.mayEdit ? <Button label='新增一间屋子' onPress={() => go('roomEdit')} /> : null}
    </Screen>
  )
}

function Week({ roomId, cadreId }: { roomId: string; cadreId?: string }) {
  const [from, setFrom] = useState(dayFromToday())
  const { data, error, reload } = useAction('room.week', { roomId, from, ...(cadreId ? { cadreId } : {}) })
  const deciding = useSubmit(reload)
  if (!data) return <LoadError error={error} />
  const { room } = data
  return (
    <View>
      <Card>
        <Text className='t-strong'>{room.name === room.kind ? room.name : `${room.name} · ${room.kind}`}</Text>
        <View>
          <Text className='t-body'>
            开放 {room.hoursWords}，能坐 {room.capacity} 人{room.active ? '' : '（现在不外借）'}
          </Text>
        </View>
        {room.accessibility ? (
          <View>
            <Text className='t-body'>无障碍：{room.accessibility}</Text>
          </View>
        ) : null}
        {data.may.decide ? <Button label='修改这间屋子' onPress={() => go('roomEdit', { id: room.id })} /> : null}
      </Card>
      {deciding.result ? <Notice kind={deciding.result.kind} text={deciding.result.text} /> : null}
      {data.pending.length ? (
        <Section title={`等社区同意的申请 ${data.pending.length} 条`}>
          {data.pending.map((r) => (
            <Decide key={r.id} r={r} sending={deciding} />
          ))}
        </Section>
      ) : null}
      {data.may.reserve ? <Reserve week={data} cadreId={cadreId} onDone={reload} /> : null}
      <Section title='这一周'>
        {data.days.map((d) => (
          <Card key={d.date}>
            <Text className='t-strong'>{d.dateWords}</Text>
            {d.reservations.length === 0 ? (
              <View>
                <Text className='t-body'>全天空着</Text>
              </View>
            ) : null}
            {d.reservations.map((r) => (
              <View key={r.id}>
                <Text className='t-body'>
                  {r.timeWords} · {r.purpose} · {r.statusWords}
                  {r.whoWords ? ` · ${r.whoWords}` : ''}
                </Text>
                {data.may.decide && r.status === 'confirmed' ? <Cancel r={r} sending={deciding} /> : null}
              </View>
            ))}
          </Card>
        ))}
        <View className='row'>
          <Button label='上一周' disabled={from <= dayFromToday()} onPress={() => setFrom(shift(from, -7))} />
          <Button label='下一周' onPress={() => setFrom(shift(from, 7))} />
        </View>
      </Section>
    </View>
  )
}

const shift = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

function Reserve({ week, cadreId, onDone }: { week: RoomWeekView; cadreId?: string; onDone: () => Promise<void> }) {
  const asking = Boolean(cadreId) && !week.may.decide
  const [date, setDate] = useState<string | null>(null)
  const [start, setStart] = useState<string | null>(null)
  const [stay, setStay] = useState<string | null>(null)
  const [purpose, setPurpose] = useState('')
  const [people, setPeople] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const { result, busy, submit } = useSubmit(onDone, '没有借成，请再试一次')
  const day = week.days.find((d) => d.dateWords === date)
  const taken = day ? day.reservations : []
  // Today, only the half hours still to come.
  const now = new Date(Date.now() + 8 * 3600_000)
  const notBefore = day?.date === dayFromToday() ? now.getUTCHours() * 60 + now.getUTCMinutes() : 0
  const starts = day ? freeStarts(week.room.open, week.room.close, taken, notBefore) : []
  const stays = start ? staysFrom(start, week.room.close, taken) : []
  const chosenStay = stays.find((s) => s.words === stay)
  const send = () =>
    day &&
    start &&
    chosenStay &&
    void submit(
      () =>
        call('room.reserve', {
          ...(cadreId ? { cadreId } : {}),
          requestId,
          roomId: week.room.id,
          date: day.date,
          start,
          end: toHhmm(Number(start.slice(0, 2)) * 60 + Number(start.slice(3)) + chosenStay.min),
          purpose: purpose.trim(),
          ...(Number(people) > 0 ? { people: Number(people) } : {}),
        }),
      (r) => {
        setRequestId(newRequestId())
        setStart(null)
        setStay(null)
        setPurpose('')
        return asking ? `申请了 ${r.dateWords} ${r.timeWords}，社区同意后会发消息给您` : `借定了 ${r.dateWords} ${r.timeWords}`
      },
    )
  return (
    <Section title={asking ? '申请借用' : '借用这间屋子'}>
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Choice
        label='哪一天'
        options={week.days.map((d) => d.dateWords)}
        value={date}
        onChange={(d) => (setDate(d), setStart(null), setStay(null))}
      />
      {day && starts.length === 0 ? <Notice kind='info' text='这一天已经借满了，请换一天。' /> : null}
      {starts.length ? <Choice label='几点开始' options={starts} value={start} onChange={(s) => (setStart(s), setStay(null))} /> : null}
      {stays.length ? <Choice label='用多久' options={stays.map((s) => s.words)} value={stay} onChange={setStay} /> : null}
      {chosenStay ? (
        <View>
          <Field
            label='做什么用'
            placeholder='比如：书法小组、老同事聚会'
            value={purpose}
            onInput={setPurpose}
            maxlength={40}
            testId='room-purpose'
          />
          {asking ? <Field label='大概几个人' type='number' value={people} onInput={setPeople} maxlength={3} /> : null}
          <BigButton label={asking ? '申请借用（社区同意后借定）' : '借定'} disabled={busy || purpose.trim().length < 2} onPress={send} />
        </View>
      ) : null}
    </Section>
  )
}

type Sending = ReturnType<typeof useSubmit>

function Decide({ r, sending: { busy, submit } }: { r: ReservationView; sending: Sending }) {
  const [note, setNote] = useState('')
  const decide = (approve: boolean) =>
    void submit(
      () => call('room.decide', { reservationId: r.id, approve, ...(note.trim() ? { note: note.trim() } : {}) }),
      () => (approve ? `同意了${r.whoWords ?? ''}的申请` : '没有同意，已告诉申请人'),
    )
  return (
    <Card>
      <Text className='t-strong'>
        {r.roomName} · {r.dateWords} {r.timeWords}
      </Text>
      <View>
        <Text className='t-body'>
          {r.purpose}
          {r.people ? `，${r.people} 人` : ''} · {r.whoWords}
        </Text>
      </View>
      <Button kind='primary' label='同意' disabled={busy} onPress={() => decide(true)} />
      <Field label='不同意的原因' value={note} onInput={setNote} maxlength={200} />
      <Button label='不同意' disabled={busy || note.trim().length < 2} onPress={() => decide(false)} />
    </Card>
  )
}

function Cancel({ r, sending: { busy, submit } }: { r: ReservationView; sending: Sending }) {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState('')
  if (!open) return <Button label={`取消：${r.purpose}`} onPress={() => setOpen(true)} />
  return (
    <View>
      <Field label='取消的原因（会告诉借用的人）' value={note} onInput={setNote} maxlength={200} />
      <Button kind='primary' label='不取消了' onPress={() => setOpen(false)} />
      <Button
        kind='danger'
        label='✖ 确定取消'
        disabled={busy || note.trim().length < 2}
        onPress={() =>
          void submit(
            () => call('room.decide', { reservationId: r.id, approve: false, note: note.trim() }),
            () => `已取消${r.purpose}`,
          )
        }
      />
    </View>
  )
}
