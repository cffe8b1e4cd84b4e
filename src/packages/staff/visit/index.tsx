// 走访记录 (staff): which day, who went, what they brought and what they found; saving it completes the task it
// came from. The cadre's earlier visits are listed below, so the visitor knows what was found last time; a survey
// may be answered for the cadre on the visit.
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { call } from '../../../api'
import { useAction } from '../../../api/useAction'
import { usePagedAction } from '../../../api/usePagedAction'
import { useSubmit } from '../../../api/useSubmit'
import { Screen, Section } from '../../../components/screen'
import { Button, Choice, Field } from '../../../components/controls'
import { Card } from '../../../components/card'
import { Loading, Notice } from '../../../components/notice'
import { ListFooter } from '../../../components/list-footer'
import { go, usePageParams } from '../../../routes'
import { LoadError } from '../../../components/load-error'
import { PickField } from '../../../components/pick-field'
import { PhotoPicker, PhotoStrip } from '../../../components/photo-picker'
import { dayFromToday } from '../../../days'

const WEEKDAYS = '日一二三四五六'
/** The last seven days by the words people use (a visit is often written up days later). */
const lastWeek = () =>
  Array.from({ length: 7 }, (_, n) => {
    const d = dayjs().subtract(n, 'day')
    return {
      day: d.format('YYYY-MM-DD'),
      words: ['今天', '昨天', '前天'][n] ?? `${d.month() + 1}月${d.date()}日（周${WEEKDAYS[d.day()]}）`,
    }
  })

/** A visit written up more than a week later: its day is turned on the wheel. */
const EARLIER = '更早的一天'

export default function Visit() {
  const params = usePageParams('visit')
  const cadreId = params.cadreId
  const taskId = params.taskId || undefined
  const title = params.title
  const list = usePagedAction('visit.list', { cadreId }, 'visits')
  const { data, error, loading } = list
  const [days] = useState(lastWeek)
  const [day, setDay] = useState(days[0].words)
  const [earlierDay, setEarlierDay] = useState('')
  const [visitors, setVisitors] = useState('')
  // Whoever writes it up usually went: their own name is filled in, to change or add to.
  const me = useAction('me.get', {}).data?.me.name
  useEffect(() => {
    if (me) setVisitors((typed) => typed || me)
  }, [me])
  const [gifts, setGifts] = useState('')
  const [notes, setNotes] = useState('')
  const [photos, setPhotos] = useState<{ tickets: string[]; sending: boolean }>({ tickets: [], sending: false })
  const { result, busy, submit } = useSubmit()
  const save = () =>
    void submit(
      () =>
        call('visit.record', {
          cadreId,
          ...(taskId ? { taskId } : {}),
          day: day === EARLIER ? earlierDay : (days.find((d) => d.words === day)?.day ?? days[0].day),
          visitors: visitors.trim(),
          gifts: gifts.trim(),
          notes: notes.trim(),
          ...(photos.tickets.length ? { photos: photos.tickets } : {}),
        }),
      () => '已记录这次走访',
    ).then((saved) => saved && Taro.navigateBack())
  return (
    <Screen title='记录走访'>
      {title ? <Notice kind='info' text={title} /> : null}
      <Choice label='哪天去的' options={[...days.map((d) => d.words), EARLIER]} value={day} onChange={setDay} />
      {day === EARLIER ? (
        <PickField
          label='更早的哪一天'
          mode='date'
          value={earlierDay}
          onChange={setEarlierDay}
          start={dayFromToday(-30)}
          end={dayFromToday(-7)}
        />
      ) : null}
      <Field label='谁去的' value={visitors} onInput={setVisitors} placeholder='如：陈静、黄伟' maxlength={40} />
      <Field label='带了什么' value={gifts} onInput={setGifts} placeholder='如：鲜花、寿桃' maxlength={200} />
      <Field label='老人的情况' value={notes} onInput={setNotes} maxlength={200} multiline />
      <PhotoPicker
        label='走访照片（可不加，最多 6 张）'
        about={{ cadreId, purpose: 'visitPhoto' }}
        most={6}
        onChange={(tickets, sending) => setPhotos({ tickets, sending })}
      />
      {photos.sending ? <Notice kind='info' text='照片还在上传，传好了就能保存' /> : null}
      {result ? <Notice kind={result.kind} text={result.text} /> : null}
      <Button
        kind='primary'
        label='保存走访记录'
        disabled={busy || photos.sending || visitors.trim().length < 2 || (day === EARLIER && !earlierDay)}
        onPress={save}
      />
      <Button label='请老人答问卷' hint='走访时替老人记下他的回答' onPress={() => go('surveys', { cadreId })} />
      <Section title='以往走访'>
        {loading && !data ? <Loading /> : null}
        <LoadError error={error} />
        {data && list.items.length === 0 ? <Notice kind='info' text='还没有走访记录。' /> : null}
        {list.items.map((v) => (
          <Card key={v.id}>
            <Text className='t-strong'>
              {v.dayWords} {v.visitors}
            </Text>
            {v.gifts ? (
              <View>
                <Text className='t-body'>带去：{v.gifts}</Text>
              </View>
            ) : null}
            <View>
              <Text className='t-body t-muted'>{v.notes || '没有写情况'}</Text>
            </View>
            <PhotoStrip photos={v.photos} label='走访照片' />
          </Card>
        ))}
        <ListFooter {...list} shown={list.items.length} unit='次' />
      </Section>
    </Screen>
  )
}
