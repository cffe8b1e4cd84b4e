// Booking one service, one step at a time: the day, then the time, then a confirmation that says what, when,
// where, how much and who will come. Urgent repairs skip the time. With `bookingId` it moves a booking instead.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { BookingView, DayView, ServiceView } from '@cloud/contracts'
import { call, ApiError } from '../../../api'
import { useAction } from '../../../api/useAction'
import { Screen, Section } from '../../../components/screen'
import { BigButton, Button, CallButton, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { RemindMe } from '../../../components/wechat-reminders'
import { go, goInstead, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'

export default function Book() {
  const params = usePageParams('book')
  const cadreId = params.cadreId
  const bookingId = params.bookingId
  // Set by pages that book on the cadre's behalf for something in particular, e.g. 送学上门 of one material.
  const note = params.note
  const { data, error } = useAction('service.catalog', { cadreId })
  // Visits already coming, to warn before the same service is booked twice in a few days.
  const coming = useAction('booking.list', { cadreId }).data?.bookings.filter((b) => ['requested', 'assigned'].includes(b.status)) ?? []
  const service = data?.services.find((s) => s.key === params.key)
  const [done, setDone] = useState<BookingView | null>(null)

  return (
    <Screen title={service ? (bookingId ? `改${service.name}的时间` : `预约${service.name}`) : '预约上门服务'}>
      <LoadError error={error} />
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
            address={data.cadre.address}
            bookingId={bookingId}
            note={note}
            chosen={params.date && params.time ? { date: params.date, time: params.time } : undefined}
            coming={coming}
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
  address: string
  bookingId: string
  note: string
  coming: BookingView[]
  chosen?: { date: string; time: string }
  onDone: (b: BookingView) => void
}

const DAY_MS = 86_400_000
/** A visit of the same service already coming within two days of the chosen one (not the one being moved). */
const sameServiceNear = (coming: BookingView[], service: ServiceView, date: string, bookingId: string) =>
  coming.find(
    (b) => b.serviceKey === service.key && b.id !== bookingId && b.date && Math.abs(Date.parse(b.date) - Date.parse(date)) <= 2 * DAY_MS,
  )

const dayLabel = (d: DayView) => `${d.words} · ${d.stateWords}`

/** Why a day cannot be booked, in the words of the person booking. */
function closedWords(d: DayView, noticeWords: string): string {
  if (d.state === 'off') return `${d.words}服务人员休息，请换一天。`
  if (d.state === 'late') return `${d.words}来不及了（${noticeWords}），请换一天。`
  return `${d.words}约满了，请换一天，或打电话让社区安排。`
}

/** Brings the next step into view once it is drawn, so nobody has to find it by scrolling. */
const showNext = (id: string) => setTimeout(() => void Taro.pageScrollTo({ selector: `#${id}`, duration: 300 }).catch(() => undefined), 80)

function PickTime({ cadreId, service, address, bookingId, note, coming, chosen, onDone }: PickProps) {
  const { data, error } = useAction('service.days', { cadreId, serviceKey: service.key })
  const [day, setDay] = useState<DayView | null>(null)
  const [more, setMore] = useState(false)
  const [time, setTime] = useState<string | null>(null)
  // A time chosen on the home page (再约一次) opens at the check, if it is still free.
  const [chosenDate, chosenTime] = [chosen?.date, chosen?.time]
  useEffect(() => {
    const free = chosenTime && data?.days.find((d) => d.date === chosenDate && d.state === 'open' && d.times.includes(chosenTime))
    if (!free) return
    setDay(free)
    setTime(chosenTime)
    showNext('pick-check')
  }, [data, chosenDate, chosenTime])
  const [failure, setFailure] = useState('')
  const [asked, setAsked] = useState('')
  const fullNote = [note, asked.trim()].filter(Boolean).join('；')
  const twice = day ? sameServiceNear(coming, service, day.date, bookingId) : undefined
  const timeLabel = day && time ? day.labels[day.times.indexOf(time)] : null

  const chooseDay = (label: string) => {
    const chosen = data?.days.find((d) => dayLabel(d) === label) ?? null
    setDay(chosen)
    setTime(null)
    setFailure('')
    if (chosen?.state === 'open') showNext('pick-time')
  }
  const chooseTime = (label: string) => {
    if (!day) return
    setTime(day.times[day.labels.indexOf(label)] ?? null)
    showNext('pick-check')
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

  const open = day?.state === 'open' ? day : null
  return (
    <View>
      <Section title={service.urgent && !bookingId ? '不急的话，也可以约个时间' : '第一步：选哪一天'}>
        <LoadError error={error} />
        {!data && !error ? <Loading /> : null}
        {data && open ? (
          <View>
            <Text className='t-strong'>{open.words}</Text>
            <Button label='换一天' onPress={() => setDay(null)} />
          </View>
        ) : null}
        {data && !open ? (
          <View>
            <Choice
              label='哪一天'
              options={data.days.slice(0, more ? data.days.length : 7).map(dayLabel)}
              value={day ? dayLabel(day) : null}
              muted={(label) => !label.endsWith(' · 有空')}
              onChange={chooseDay}
            />
            {more ? null : <Button label='再往后看一周' onPress={() => setMore(true)} />}
          </View>
        ) : null}
        {day && !open && data ? <Notice kind='info' text={closedWords(day, data.noticeWords)} /> : null}
      </Section>
      {open ? (
        <View id='pick-time'>
          <Section title='第二步：选几点'>
            <Choice label='几点' options={open.labels} value={timeLabel} onChange={chooseTime} />
          </Section>
        </View>
      ) : null}
      {failure ? <Notice kind='error' text={failure} /> : null}
      {open && time ? (
        <View id='pick-check'>
          <Section title='第三步：请核对'>
            <Card>
              <Text className='t-body'>服务：{service.name}</Text>
              <View>
                <Text className='t-body'>
                  时间：{open.words} {timeLabel}（约 {service.durationMin} 分钟）
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
            {twice ? <Notice kind='info' text={`${twice.when} 已经约了${service.name}，这次是再约一次。不需要的话就不用点确定。`} /> : null}
            <BigButton label={bookingId ? '确定改到这个时间' : '确定预约'} onPress={() => void confirm()} />
          </Section>
        </View>
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
