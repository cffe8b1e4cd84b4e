// Booking one service, one step at a time: the day, then the time, then a confirmation that says what, when,
// where, how much and who will come. Urgent repairs skip the time. With `bookingId` it moves a booking instead.
import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import type { BookingView, ServiceView } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, CallButton, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { RemindMe } from '../../../components/wechat-reminders'
import { go, goInstead, usePageParams } from '../../../routes'

export default function Book() {
  const params = usePageParams('book')
  const cadreId = params.cadreId
  const bookingId = params.bookingId
  // Set by pages that book on the cadre's behalf for something in particular, e.g. 送学上门 of one material.
  const note = params.note
  const { data, error } = useAction('service.catalog', { cadreId })
  const service = data?.services.find((s) => s.key === params.key)
  const [done, setDone] = useState<BookingView | null>(null)

  return (
    <Screen title={service ? (bookingId ? `改${service.name}的时间` : `预约${service.name}`) : '预约上门服务'}>
      {error ? <Notice kind='error' text={error.message} /> : null}
      {data && !service ? <Notice kind='error' text='社区暂时没有这项服务。' /> : null}
      {!data && !error ? <Loading /> : null}
      {data && service && !done ? (
        <View>
          <Card>
            <Text className='t-strong'>{service.name}</Text>
            <View>
              <Text className='t-body'>
                {service.blurb} · 约 {service.durationMin} 分钟 · {service.price}
              </Text>
            </View>
            <View>
              <Text className='t-body t-muted'>
                为 {data.cadre.name} 预约 · {data.cadre.address}
              </Text>
            </View>
            {note ? (
              <View>
                <Text className='t-body'>{note}</Text>
              </View>
            ) : null}
          </Card>
          {service.urgent && !bookingId ? <UrgentRequest cadreId={cadreId} service={service} onDone={setDone} /> : null}
          <PickTime
            cadreId={cadreId}
            service={service}
            days={data.days}
            address={data.cadre.address}
            bookingId={bookingId}
            note={note}
            onDone={setDone}
          />
          <CallButton label={`不会操作？打电话给${data.community.name}`} phone={data.community.dutyPhone} />
        </View>
      ) : null}
      {done ? <Booked booking={done} /> : null}
    </Screen>
  )
}

function UrgentRequest({ cadreId, service, onDone }: { cadreId: string; service: ServiceView; onDone: (b: BookingView) => void }) {
  const [note, setNote] = useState('')
  const [failure, setFailure] = useState('')
  const send = async () => {
    try {
      onDone(
        await call('booking.create', { cadreId, serviceKey: service.key, urgent: true, ...(note.trim() ? { note: note.trim() } : {}) }),
      )
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : '没有报上去，请再试一次')
    }
  }
  return (
    <Section title='急修：不用选时间，马上报修'>
      <Field label='哪里坏了' value={note} onInput={setNote} placeholder='比如：厨房水管漏水' maxlength={200} testId='note' />
      {failure ? <Notice kind='error' text={failure} /> : null}
      <BigButton label='马上报修' hint='社区值班人员会尽快派人' onPress={() => void send()} />
    </Section>
  )
}

interface PickProps {
  cadreId: string
  service: ServiceView
  days: { date: string; words: string }[]
  address: string
  bookingId: string
  note: string
  onDone: (b: BookingView) => void
}

function PickTime({ cadreId, service, days, address, bookingId, note, onDone }: PickProps) {
  const [day, setDay] = useState<{ date: string; words: string } | null>(null)
  const [more, setMore] = useState(false)
  const [slots, setSlots] = useState<{ times: string[]; labels: string[] } | null>(null)
  const times = slots?.times ?? null
  const [time, setTime] = useState<string | null>(null)
  const [failure, setFailure] = useState('')
  const [asked, setAsked] = useState('')
  const fullNote = [note, asked.trim()].filter(Boolean).join('；')

  const chooseDay = async (words: string) => {
    const chosen = days.find((d) => d.words === words) ?? null
    setDay(chosen)
    setTime(null)
    setSlots(null)
    setFailure('')
    if (!chosen) return
    try {
      setSlots(await call('service.slots', { cadreId, serviceKey: service.key, date: chosen.date }))
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : '没有查到，请再试一次')
    }
  }

  const confirm = async () => {
    if (!day || !time) return
    try {
      onDone(
        bookingId
          ? await call('booking.reschedule', { bookingId, date: day.date, time })
          : await call('booking.create', {
              cadreId,
              serviceKey: service.key,
              date: day.date,
              time,
              ...(fullNote ? { note: fullNote } : {}),
            }),
      )
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : '没有约上，请再试一次')
    }
  }

  return (
    <View>
      <Section title={service.urgent && !bookingId ? '不急的话，也可以约个时间' : '第一步：选哪一天'}>
        <Choice
          label='哪一天'
          options={days.slice(0, more ? days.length : 7).map((d) => d.words)}
          value={day?.words ?? null}
          onChange={(w) => void chooseDay(w)}
        />
        {more ? null : <Button label='再往后看一周' onPress={() => setMore(true)} />}
      </Section>
      {day && times === null && !failure ? <Loading /> : null}
      {day && times?.length === 0 ? <Notice kind='info' text='这一天没有空的时间了，请换一天，或打电话让社区安排。' /> : null}
      {day && times && times.length > 0 ? (
        <Section title='第二步：选几点'>
          <Choice
            label='几点'
            options={slots?.labels ?? []}
            value={time ? (slots?.labels[times.indexOf(time)] ?? null) : null}
            onChange={(label) => setTime(times[slots?.labels.indexOf(label) ?? -1] ?? null)}
          />
        </Section>
      ) : null}
      {failure ? <Notice kind='error' text={failure} /> : null}
      {day && time ? (
        <Section title='第三步：请核对'>
          <Card>
            <Text className='t-body'>服务：{service.name}</Text>
            <View>
              <Text className='t-body'>
                时间：{day.words} {slots?.labels[times?.indexOf(time) ?? -1]}（约 {service.durationMin} 分钟）
              </Text>
            </View>
            <View>
              <Text className='t-body'>地址：{address}</Text>
            </View>
            <View>
              <Text className='t-body'>价格：{service.price}</Text>
            </View>
            <View>
              <Text className='t-body'>谁来：就近安排服务人员，约好后告诉您是谁</Text>
            </View>
            {fullNote ? (
              <View>
                <Text className='t-body'>备注：{fullNote}</Text>
              </View>
            ) : null}
          </Card>
          {service.askNote && !bookingId ? (
            <Field
              label={`${service.askNote.label}（可不填）`}
              value={asked}
              onInput={setAsked}
              placeholder={service.askNote.example}
              maxlength={100}
              testId='booking-note'
            />
          ) : null}
          <BigButton label={bookingId ? '确定改到这个时间' : '确定预约'} onPress={() => void confirm()} />
        </Section>
      ) : null}
    </View>
  )
}

function Booked({ booking }: { booking: BookingView }) {
  const text =
    booking.status === 'assigned'
      ? `约好了！${booking.when}，${booking.provider?.name ?? ''}上门${booking.provider?.phone ? `，电话 ${booking.provider.phone}` : ''}。`
      : '已经交给社区安排，社区会尽快派人，并打电话告诉您。'
  return (
    <View>
      <Notice kind='ok' text={text} />
      <Card>
        <Text className='t-strong'>{booking.serviceName}</Text>
        <View>
          <Text className='t-body'>{booking.when}</Text>
        </View>
        <View>
          <Text className='t-body'>{booking.address}</Text>
        </View>
      </Card>
      <RemindMe kinds={['service']} moment='booking' label='上门前一天用微信提醒我' />
      <BigButton label='查看预约' onPress={() => goInstead('booking', { id: booking.id })} />
      <Button label='回到首页' onPress={() => go('home')} />
    </View>
  )
}
